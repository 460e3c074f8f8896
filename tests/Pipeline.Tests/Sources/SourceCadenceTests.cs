using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Sources;

namespace MigrationFeeds.Pipeline.Tests.Sources;

public sealed class SourceCadenceTests
{
    [Theory]
    // Each is due the cadence plus the grace after the day its period ends.
    [InlineData("2022", "2024-08-01")]
    [InlineData("2022-02", "2022-06-01")]
    [InlineData("2024-02", "2024-06-01")]
    [InlineData("2022-10-15", "2023-01-16")]
    [InlineData("2018-01/2022-10", "2023-02-01")]
    [InlineData("2022-08-01/2022-08-28", "2022-11-29")]
    public void StaleFrom_CountsFromTheLastDayThePeriodCovers(string period, string from)
    {
        Assert.True(Period.TryParseText(period, out var latest));
        var cadence = period.Length == 4 ? SourceCadence.Yearly : SourceCadence.Monthly;

        Assert.Equal(PeriodText.ParseDay(from), cadence.StaleFrom(latest));
    }

    [Fact]
    public void StaleFrom_WithNoPeriodKnown_IsUnknown() => Assert.Null(SourceCadence.Monthly.StaleFrom(null));

    [Theory]
    // A monthly report for October is due by the end of December at the latest; from February it is overdue.
    [InlineData("2022-10", "2023-01-31", false)]
    [InlineData("2022-10", "2023-02-01", true)]
    [InlineData("2022-10", "2026-12-04", true)]
    [InlineData(null, "2026-12-04", false)]
    public void Monthly_IsStaleOnceCadenceAndGraceHavePassed(string? latest, string today, bool stale) =>
        Assert.Equal(stale, SourceCadence.Monthly.IsStale(Latest(latest), PeriodText.ParseDay(today)));

    [Theory]
    // The 2023 figures come with the next year's release: stale only when the 2024 release is also overdue.
    [InlineData("2023", "2025-07-31", false)]
    [InlineData("2023", "2025-08-01", true)]
    public void Yearly_WaitsForTheNextRelease(string latest, string today, bool stale) =>
        Assert.Equal(stale, SourceCadence.Yearly.IsStale(Latest(latest), PeriodText.ParseDay(today)));

    private static Period? Latest(string? text) => Period.TryParseText(text, out var period) ? period : null;
}
