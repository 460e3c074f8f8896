using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Tests.Series;

namespace MigrationFeeds.Pipeline.Tests.Ingestion;

public sealed class RunTallyTests
{
    [Theory]
    // Each period reaches the month it ends in, a year stands as the year; the latest is the one that starts last,
    // and a year's January comes after the year (the order the stored text sorts in).
    [InlineData("2022-11", "month:2022-10", "stock:2022-11-30", "month:2022-09")]
    [InlineData("2022-12", "cumulative:2018-01/2022-12", "month:2022-03")]
    [InlineData("2023", "month:2022-12", "year:2023")]
    [InlineData("2022-12", "year:2022", "month:2022-12")]
    [InlineData("2022-01", "month:2022-01", "year:2022")]
    [InlineData("2022-01", "year:2022", "month:2022-01")]
    public void SeePeriods_KeepsTheLatestMonthOrYearReached(string latest, params string[] periods)
    {
        var tally = new RunTally { StartedAt = DateTimeOffset.UnixEpoch };
        tally.SeePeriods(periods.Select(p => p.Split(':')).Select(p => Obs.Of("s", Indicators.Arrivals, p[0], p[1], 1, "2023-01-15")));

        Assert.Equal(latest, tally.LatestPeriod.ToString());
    }

    [Fact]
    public void SeePeriods_OfNoPeriodOfAKnownForm_KnowsNone()
    {
        var tally = new RunTally { StartedAt = DateTimeOffset.UnixEpoch };
        tally.SeePeriods([Obs.Of("s", Indicators.Arrivals, Measures.Month, "October 2022", 1, "2023-01-15")]);

        Assert.Null(tally.LatestPeriod);
    }
}
