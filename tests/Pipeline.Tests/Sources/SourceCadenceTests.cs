using MigrationFeeds.Pipeline.Sources;

namespace MigrationFeeds.Pipeline.Tests.Sources;

public sealed class SourceCadenceTests
{
    [Theory]
    [InlineData("2022", "2022-12-31")]
    [InlineData("2022-02", "2022-02-28")]
    [InlineData("2024-02", "2024-02-29")]
    [InlineData("2022-10-15", "2022-10-15")]
    [InlineData("2018-01/2022-10", "2022-10-31")]
    [InlineData("2022-08-01/2022-08-28", "2022-08-28")]
    public void PeriodEnd_IsTheLastDayThePeriodCovers(string period, string end) =>
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), SourceCadence.PeriodEnd(period));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("October 2022")]
    [InlineData("2022-13")]
    public void PeriodEnd_OfWhatIsNoPeriod_IsUnknown(string? period) => Assert.Null(SourceCadence.PeriodEnd(period));

    [Theory]
    // A monthly report for October is due by the end of December at the latest; from February it is overdue.
    [InlineData("2022-10", "2023-01-31", false)]
    [InlineData("2022-10", "2023-02-01", true)]
    [InlineData("2022-10", "2026-12-04", true)]
    [InlineData(null, "2026-12-04", false)]
    public void Monthly_IsStaleOnceCadenceAndGraceHavePassed(string? latest, string today, bool stale) =>
        Assert.Equal(stale, SourceCadence.Monthly.IsStale(latest, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    // The 2023 figures come with the next year's release: stale only when the 2024 release is also overdue.
    [InlineData("2023", "2025-07-31", false)]
    [InlineData("2023", "2025-08-01", true)]
    public void Yearly_WaitsForTheNextRelease(string latest, string today, bool stale) =>
        Assert.Equal(stale, SourceCadence.Yearly.IsStale(latest, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
}
