using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Tests.Series;

public sealed class SeriesBuilderTests
{
    private static readonly IComparer<string> ByName = StringComparer.Ordinal;

    private static IReadOnlyList<SeriesPoint> Build(string indicator, DateOnly? asOf = null, IComparer<string>? order = null, params Observation[] observations) =>
        SeriesBuilder.Build(Obs.Key("BIH", indicator), observations, asOf, order ?? ByName, 0.05);

    [Fact]
    public void Build_ConsecutiveCumulativeFigures_DeriveTheMonth()
    {
        var points = Build("arrivals", null, null,
            Obs.Of("a", "arrivals", "cumulative", "2018-01/2022-09", 100_000, "2022-10-20"),
            Obs.Of("a", "arrivals", "cumulative", "2018-01/2022-10", 102_367, "2022-11-18"));

        var october = Assert.Single(points);
        Assert.Equal("2022-10", october.Period.ToString());
        Assert.Equal(2367, october.Value);
        Assert.True(october.Derived);
        Assert.Null(october.Provenance);
        Assert.Equal(["2018-01/2022-09", "2018-01/2022-10"], october.Inputs.Select(i => i.Period.ToString()));
    }

    [Fact]
    public void Build_CumulativeAcrossTheYearEnd_DerivesJanuaryFromDecember_AndPointsRunInCalendarOrder()
    {
        var points = Build("arrivals", null, null,
            Obs.Of("a", "arrivals", "cumulative", "2018-01/2022-01", 103_000, "2022-02-20"),
            Obs.Of("a", "arrivals", "cumulative", "2018-01/2021-12", 100_000, "2022-01-20"),
            Obs.Of("a", "arrivals", "month", "2021-11", 1_500, "2021-12-20"),
            Obs.Of("a", "arrivals", "month", "2021-13", 9_999, "2021-12-20"),
            Obs.Of("a", "arrivals", "cumulative", "2018-01/2021-13", 99_999, "2021-12-20"));

        Assert.Equal(["2021-11", "2022-01"], points.Select(p => p.Period.ToString()));
        Assert.Equal(3_000, points[1].Value);
        Assert.True(points[1].Derived);
    }

    [Fact]
    public void Build_MonthFigureAndCumulativeFromSameSource_PrefersTheStatedMonth()
    {
        var points = Build("arrivals", null, null,
            Obs.Of("a", "arrivals", "cumulative", "2022-01/2022-09", 20_000, "2022-10-20"),
            Obs.Of("a", "arrivals", "cumulative", "2022-01/2022-10", 22_000, "2022-11-18"),
            Obs.Of("a", "arrivals", "month", "2022-10", 2_100, "2022-11-18"));

        var october = Assert.Single(points);
        Assert.Equal(2100, october.Value);
        Assert.False(october.Derived);
    }

    [Fact]
    public void Build_CumulativeWithDifferentStarts_DerivesNothing()
    {
        var points = Build("arrivals", null, null,
            Obs.Of("a", "arrivals", "cumulative", "2018-01/2022-09", 100_000, "2022-10-20"),
            Obs.Of("a", "arrivals", "cumulative", "2022-01/2022-10", 22_000, "2022-11-18"));

        Assert.Empty(points);
    }

    [Fact]
    public void Build_PartialMonth_NeverStandsForTheMonth()
    {
        var points = Build("arrivals", null, null,
            Obs.Of("a", "arrivals", "cumulative", "2022-08-01/2022-08-27", 1_900, "2022-09-01"));

        Assert.Empty(points);
    }

    [Fact]
    public void Build_StocksWithinMonth_TakeTheLatestDate()
    {
        var points = Build("accommodated", null, null,
            Obs.Of("a", "accommodated", "stock", "2022-10-15", 2_500, "2022-10-20"),
            Obs.Of("a", "accommodated", "stock", "2022-10-31", 2_104, "2022-11-18"),
            Obs.Of("a", "accommodated", "stock", "2022-10-20", 2_300, "2022-11-25"));

        Assert.Equal(2104, Assert.Single(points).Value);
    }

    [Fact]
    public void Build_Revision_LatestPublicationWinsAndAsOfSeesTheEarlierOne()
    {
        Observation[] observations =
        [
            Obs.Of("a", "arrivals", "month", "2022-10", 2_367, "2022-11-18"),
            Obs.Of("a", "arrivals", "month", "2022-10", 2_401, "2022-12-20"),
        ];

        var now = Assert.Single(Build("arrivals", null, null, observations));
        var before = Assert.Single(Build("arrivals", new DateOnly(2022, 12, 1), null, observations));
        var beforeAny = Build("arrivals", new DateOnly(2022, 11, 1), null, observations);

        Assert.Equal(2401, now.Value);
        Assert.Equal(new DateOnly(2022, 12, 20), now.Provenance!.Published);
        Assert.Equal(2367, before.Value);
        Assert.Empty(beforeAny);
    }

    [Fact]
    public void Build_TwoSources_ChoosesByPrecedenceAndListsTheOther()
    {
        var order = Comparer<string>.Create((x, y) => (x == "national" ? 0 : 1).CompareTo(y == "national" ? 0 : 1));

        var point = Assert.Single(Build("arrivals", null, order,
            Obs.Of("unhcr", "arrivals", "month", "2022-10", 2_400, "2022-11-18"),
            Obs.Of("national", "arrivals", "month", "2022-10", 2_367, "2022-11-05")));

        Assert.Equal("national", point.Source);
        Assert.Equal(2367, point.Value);
        var other = Assert.Single(point.Alternatives);
        Assert.Equal("unhcr", other.Source);
        Assert.Equal(2400, other.Value);
        Assert.False(point.Conflict);
    }

    [Theory]
    [InlineData(2_367, 2_480, false)]
    [InlineData(2_367, 2_490, true)]
    [InlineData(2_367, 1_000, true)]
    public void Build_SourcesApartByMoreThanTolerance_AreFlagged(long chosen, long other, bool conflict)
    {
        var point = Assert.Single(Build("arrivals", null, null,
            Obs.Of("a", "arrivals", "month", "2022-10", chosen, "2022-11-18"),
            Obs.Of("b", "arrivals", "month", "2022-10", other, "2022-11-18")));

        Assert.Equal(conflict, point.Conflict);
    }

    [Fact]
    public void Build_Sites_AreSeriesOfTheirOwn()
    {
        var points = Build("accommodated", null, null,
            Obs.Of("a", "accommodated", "stock", "2022-10", 2_104, "2022-11-18"),
            Obs.Of("a", "accommodated", "stock", "2022-10", 812, "2022-11-18", site: "Lipa"));

        Assert.Equal(2, points.Count);
        Assert.Equal(2104, points.Single(p => p.Site is null).Value);
        Assert.Equal(812, points.Single(p => p.Site == "Lipa").Value);
    }

    [Fact]
    public void Build_Range_KeepsLowAndHigh()
    {
        var point = Assert.Single(Build("outside_accommodation", null, null,
            Obs.Of("a", "outside_accommodation", "stock", "2022-10", null, "2022-11-18", low: 300, high: 900)));

        Assert.Null(point.Value);
        Assert.Equal((300L, 900L), (point.Low!.Value, point.High!.Value));
        Assert.True(point.Approximate);
    }
}
