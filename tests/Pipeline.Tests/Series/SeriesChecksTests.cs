using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Tests.Series;

public sealed class SeriesChecksTests
{
    private static readonly CheckTolerances Defaults = new SeriesOptions().Checks();

    private static IReadOnlyList<SeriesPoint> Build(string indicator, params Observation[] observations) =>
        SeriesBuilder.Build(Obs.Key("BIH", indicator), observations, asOf: null, StringComparer.Ordinal, Defaults.Conflict, checks: Defaults);

    private static SeriesPoint At(IReadOnlyList<SeriesPoint> points, string period) => points.Single(p => p.Period.ToString() == period);

    private static IEnumerable<string> Codes(SeriesPoint point) => point.Flags.Select(f => f.Code);

    [Fact]
    public void CumulativeMonth_MonthThatIsNotTheDifferenceOfTheTotals_IsFlaggedWithBothTotals()
    {
        var points = Build("arrivals",
            Obs.Of("a", "arrivals", "cumulative", "2022-01/2022-09", 20_000, "2022-10-20"),
            Obs.Of("a", "arrivals", "cumulative", "2022-01/2022-10", 22_000, "2022-11-18"),
            Obs.Of("a", "arrivals", "month", "2022-10", 200, "2022-11-18"));

        var flag = Assert.Single(At(points, "2022-10").Flags);
        Assert.Equal(SeriesChecks.CumulativeMonth, flag.Code);
        Assert.Contains("2,000", flag.Message, StringComparison.Ordinal);
        Assert.Equal(["2022-01/2022-09", "2022-01/2022-10"], flag.Compared.Select(c => c.Period.ToString()));
        Assert.All(flag.Compared, c => Assert.NotEmpty(c.Quote));
    }

    [Fact]
    public void CumulativeMonth_WithinRounding_IsNotFlagged()
    {
        var points = Build("arrivals",
            Obs.Of("a", "arrivals", "cumulative", "2022-01/2022-09", 20_000, "2022-10-20"),
            Obs.Of("a", "arrivals", "cumulative", "2022-01/2022-10", 22_000, "2022-11-18"),
            Obs.Of("a", "arrivals", "month", "2022-10", 1_990, "2022-11-18"));

        Assert.Empty(At(points, "2022-10").Flags);
    }

    [Fact]
    public void YearMonths_MonthsAddingUpToMoreThanTheYear_FlagTheLargestMonth()
    {
        var points = Build("arrivals",
            Obs.Of("a", "arrivals", "year", "2021", 15_000, "2022-01-20"),
            Obs.Of("a", "arrivals", "month", "2021-01", 1_000, "2021-02-20"),
            Obs.Of("a", "arrivals", "month", "2021-02", 15_000, "2021-03-20"),
            Obs.Of("a", "arrivals", "month", "2021-03", 1_100, "2021-04-20"));

        var flag = Assert.Single(At(points, "2021-02").Flags, f => f.Code == SeriesChecks.YearMonths);
        Assert.Equal("2021", Assert.Single(flag.Compared).Period.ToString());
        Assert.Empty(At(points, "2021-01").Flags);
    }

    [Fact]
    public void YearMonths_AMonthWithADigitDropped_IsTheOneFlagged_NotTheLargest()
    {
        long[] values = [900, 1_000, 1_100, 1_200, 1_300, 1_400, 1_500, 1_600, 1_700, 1_800, 1_900, 2_000];
        var months = values.Select((v, i) => Obs.Of("a", "arrivals", "month", $"2021-{i + 1:D2}", i == 5 ? v / 10 : v, $"2021-{i + 1:D2}-25"));
        var points = Build("arrivals", [Obs.Of("a", "arrivals", "year", "2021", values.Sum(), "2022-01-20"), .. months]);

        var flagged = Assert.Single(points, p => p.Flags.Any(f => f.Code == SeriesChecks.YearMonths));
        Assert.Equal("2021-06", flagged.Period.ToString());
    }

    [Fact]
    public void YearMonths_TwelveMonthsMatchingTheYear_AreNotFlagged()
    {
        var months = Enumerable.Range(1, 12).Select(m => Obs.Of("a", "arrivals", "month", $"2021-{m:D2}", 1_000, $"2021-{m:D2}-25"));
        var points = Build("arrivals", [Obs.Of("a", "arrivals", "year", "2021", 12_000, "2022-01-20"), .. months]);

        Assert.All(points, p => Assert.Empty(p.Flags));
    }

    [Fact]
    public void YearMonths_TwelveMonthsShortOfTheYear_AreFlagged()
    {
        var months = Enumerable.Range(1, 12).Select(m => Obs.Of("a", "arrivals", "month", $"2021-{m:D2}", 1_000, $"2021-{m:D2}-25"));
        var points = Build("arrivals", [Obs.Of("a", "arrivals", "year", "2021", 13_000, "2022-01-20"), .. months]);

        Assert.Single(points.SelectMany(p => p.Flags), f => f.Code == SeriesChecks.YearMonths);
    }

    [Fact]
    public void Revision_LaterComparisonValueFarFromTheFirstPublished_IsFlaggedWithTheFirst()
    {
        var points = Build("arrivals",
            Obs.Of("a", "arrivals", "month", "2022-10", 2_000, "2022-11-18", doc: "october"),
            Obs.Of("a", "arrivals", "month", "2022-10", 2_600, "2022-12-18", doc: "november"));

        var october = At(points, "2022-10");
        Assert.Equal(2_600, october.Value);
        var flag = Assert.Single(october.Flags);
        Assert.Equal(SeriesChecks.Revision, flag.Code);
        Assert.Equal(2_000, Assert.Single(flag.Compared).Value);
        Assert.Equal(new DateOnly(2022, 11, 18), flag.Compared[0].Published);
    }

    [Fact]
    public void Revision_SmallRevision_IsNotFlagged()
    {
        var points = Build("arrivals",
            Obs.Of("a", "arrivals", "month", "2022-10", 2_000, "2022-11-18", doc: "october"),
            Obs.Of("a", "arrivals", "month", "2022-10", 2_050, "2022-12-18", doc: "november"));

        Assert.Empty(At(points, "2022-10").Flags);
    }

    [Fact]
    public void UascAboveArrivals_MoreChildrenThanArrivals_IsFlaggedOnTheChildren()
    {
        var uasc = Build("uasc_arrivals", Obs.Of("a", "uasc_arrivals", "month", "2022-10", 300, "2022-11-18"), Obs.Of("a", "uasc_arrivals", "month", "2022-11", 30, "2022-12-18"));
        var arrivals = Build("arrivals", Obs.Of("b", "arrivals", "month", "2022-10", 250, "2022-11-18"), Obs.Of("b", "arrivals", "month", "2022-11", 250, "2022-12-18"));

        var checkedPoints = SeriesChecks.Between(Indicator.UascArrivals, uasc, arrivals, Defaults);

        var flag = Assert.Single(At(checkedPoints, "2022-10").Flags);
        Assert.Equal(SeriesChecks.UascAboveArrivals, flag.Code);
        Assert.Equal("b", Assert.Single(flag.Compared).SourceId);
        Assert.Empty(At(checkedPoints, "2022-11").Flags);
        Assert.Equal(Indicator.Arrivals, SeriesChecks.PartnerOf(Indicator.UascArrivals));
    }

    [Fact]
    public void AboveCapacity_OvercrowdingWithinTolerance_IsNotFlagged_BeyondIt_Is()
    {
        var accommodated = Build("accommodated",
            Obs.Of("a", "accommodated", "stock", "2022-10-31", 1_200, "2022-11-18"),
            Obs.Of("a", "accommodated", "stock", "2022-11-30", 1_300, "2022-12-18"));
        var capacity = Build("capacity",
            Obs.Of("a", "capacity", "stock", "2022-10-31", 1_000, "2022-11-18"),
            Obs.Of("a", "capacity", "stock", "2022-11-30", 1_000, "2022-12-18"));

        var checkedPoints = SeriesChecks.Between(Indicator.Accommodated, accommodated, capacity, Defaults);

        Assert.Empty(At(checkedPoints, "2022-10").Flags);
        Assert.Equal([SeriesChecks.AboveCapacity], Codes(At(checkedPoints, "2022-11")));
        Assert.Equal([Indicator.Accommodated], SeriesChecks.CheckedAgainst(Indicator.Capacity));
    }

    [Fact]
    public void Negative_Count_IsFlagged()
    {
        var points = Build("accommodated", Obs.Of("a", "accommodated", "stock", "2022-10-31", -40, "2022-11-18"));

        Assert.Equal([SeriesChecks.Negative], Codes(Assert.Single(points)));
    }

    [Theory]
    [InlineData(501)] // "5 010" read without its last digit
    [InlineData(60_000)] // a year total stored as a month
    public void Outlier_MonthFarFromItsNeighbours_IsFlagged(long planted)
    {
        long[] values = [4_800, 5_200, 4_950, 5_100, 0, 5_300, 4_700, 5_000];
        values[4] = planted;
        var points = Build("arrivals", [.. values.Select((v, i) => Obs.Of("a", "arrivals", "month", $"2022-{i + 1:D2}", v, $"2022-{i + 2:D2}-15"))]);

        var flagged = Assert.Single(points, p => p.Flags.Count > 0);
        Assert.Equal("2022-05", flagged.Period.ToString());
        var flag = Assert.Single(flagged.Flags);
        Assert.Equal(SeriesChecks.Outlier, flag.Code);
        Assert.Equal(["2022-04", "2022-06"], flag.Compared.Select(c => c.Period.ToString()));
    }

    [Fact]
    public void Outlier_SmallNumbersJumping_AreNotFlagged()
    {
        long[] values = [3, 2, 40, 1, 2, 3];
        var points = Build("arrivals", [.. values.Select((v, i) => Obs.Of("a", "arrivals", "month", $"2022-{i + 1:D2}", v, $"2022-{i + 2:D2}-15"))]);

        Assert.All(points, p => Assert.Empty(p.Flags));
    }

    [Fact]
    public void Conflict_SourcesApart_IsFlaggedWithTheOtherSourcesFigures()
    {
        var points = Build("arrivals",
            Obs.Of("a", "arrivals", "month", "2022-10", 2_000, "2022-11-18"),
            Obs.Of("b", "arrivals", "month", "2022-10", 2_500, "2022-11-20"));

        var october = Assert.Single(points);
        Assert.True(october.Conflict);
        var flag = Assert.Single(october.Flags);
        Assert.Equal(SeriesChecks.Conflict, flag.Code);
        Assert.Equal("b", Assert.Single(flag.Compared).SourceId);
    }

    [Fact]
    public void Build_WithoutChecks_FlagsNothing()
    {
        var points = SeriesBuilder.Build(Obs.Key("BIH", "arrivals"),
            [Obs.Of("a", "arrivals", "month", "2022-10", 2_000, "2022-11-18"), Obs.Of("b", "arrivals", "month", "2022-10", 2_500, "2022-11-20")],
            asOf: null, StringComparer.Ordinal, 0.05);

        Assert.True(Assert.Single(points).Conflict);
        Assert.Empty(points[0].Flags);
    }

    [Fact]
    public void Codes_AreUniqueAndEachCheckIsDescribed()
    {
        Assert.Equal(SeriesChecks.Codes.Count, SeriesChecks.Codes.Distinct().Count());
        Assert.All(SeriesChecks.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Description)));
    }
}
