using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Query;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.Pipeline.Tests.Series;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Query;

[Collection(AzuriteCollection.Name)]
public sealed class CoverageQueryTests(AzuriteServer azurite)
{
    [Fact]
    public async Task Series_SpanFromTheEarliestStartToTheLatestEnd_WrittenAsEachPeriodIs()
    {
        await using var services = PipelineHarness.Create(azurite);
        await services.GetRequiredService<ObservationStore>().WriteAsync(
        [
            Obs.Of("a", "arrivals", "month", "2022-10", 2_367, "2022-11-18"),
            Obs.Of("a", "arrivals", "cumulative", "2018-01/2022-11", 90_000, "2022-12-18"),
            Obs.Of("a", "arrivals", "year", "2017", 700, "2018-02-01"),
            Obs.Of("a", "arrivals", "month", "2022-10", 2_401, "2022-12-18"),
            Obs.Of("b", "accommodated", "stock", "2022-12-31", 1_204, "2023-01-20", country: "SRB"),
            Obs.Of("b", "accommodated", "stock", "2022-11", 1_100, "2022-12-20", country: "SRB"),

            // Neither is in any series, so neither is counted.
            Obs.Of("a", "arrivals", "month", "2022-10-31", 5, "2022-11-18"),
            Obs.Of("a", "arrivals", "month", "2022-10", 5, "2022-11-19", country: "HRV"),
        ], CancellationToken.None);

        var coverage = await services.GetRequiredService<CoverageQuery>().GetSeriesAsync(CancellationToken.None);

        Assert.Equal(["BIH arrivals a 2017..2022-11 3/4", "SRB accommodated b 2022-11..2022-12-31 2/2"],
            coverage.Select(c => $"{c.Country} {c.Indicator} {c.Source} {c.FirstPeriod}..{c.LastPeriod} {c.Points}/{c.Observations}"));
    }
}
