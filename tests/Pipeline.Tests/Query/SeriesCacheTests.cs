using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Query;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.Pipeline.Tests.Series;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Query;

/// <summary>
/// The current series served from memory: what a refresh in the same process and in another one does to it. Two
/// service providers over the same tables stand for two processes; their clocks move only when the test moves them.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SeriesCacheTests(AzuriteServer azurite)
{
    private static readonly TimeSpan Revalidate = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Query_AfterARefreshInTheSameProcess_ServesTheNewValueAtOnce()
    {
        var clock = new ManualClock();
        await using var services = Create(AzuriteServer.NewPrefix(), clock);
        await IngestAsync(services, Obs.Of("unhcr-test", Indicators.Arrivals, Measures.Month, "2022-10", 2367, "2022-11-05"));
        Assert.Equal(2367, await ValueAsync(services));

        await IngestAsync(services, Obs.Of("unhcr-test", Indicators.Arrivals, Measures.Month, "2022-10", 2401, "2022-12-20"));

        Assert.Equal(2401, await ValueAsync(services));
    }

    [Fact]
    public async Task Query_AfterARefreshInAnotherProcess_ServesTheNewValueOnceTheBoundHasPassed()
    {
        var prefix = AzuriteServer.NewPrefix();
        var clock = new ManualClock();
        await using var reader = Create(prefix, clock);
        await using var writer = Create(prefix, new ManualClock());
        await IngestAsync(writer, Obs.Of("unhcr-test", Indicators.Arrivals, Measures.Month, "2022-10", 2367, "2022-11-05"));
        Assert.Equal(2367, await ValueAsync(reader));

        await IngestAsync(writer, Obs.Of("unhcr-test", Indicators.Arrivals, Measures.Month, "2022-10", 2401, "2022-12-20"));

        Assert.Equal(2367, await ValueAsync(reader));
        Assert.Equal(2401, await ValueAsync(reader, asOf: "2026-01-01"));
        clock.Advance(Revalidate);
        Assert.Equal(2401, await ValueAsync(reader));
    }

    [Fact]
    public async Task Query_WhileTheVersionIsUnchanged_ReadsNoSeriesRowsAgain()
    {
        var clock = new ManualClock();
        await using var services = Create(AzuriteServer.NewPrefix(), clock);
        await IngestAsync(services, Obs.Of("unhcr-test", Indicators.Arrivals, Measures.Month, "2022-10", 2367, "2022-11-05"));
        Assert.Equal(2367, await ValueAsync(services));

        // A row changed behind the materializer's back, without a new version: nothing tells a reader to look again.
        var storage = services.GetRequiredService<StorageClients>();
        var row = (await storage.Series.GetEntityAsync<TableEntity>(TableKeys.SeriesPartition(CountryCode.BosniaAndHerzegovina, Indicator.Arrivals), TableKeys.SeriesRow(null, "2022-10"))).Value;
        row["Point"] = row.GetString("Point").Replace("2367", "1", StringComparison.Ordinal);
        await storage.Series.UpdateEntityAsync(row, Azure.ETag.All, TableUpdateMode.Replace);
        clock.Advance(Revalidate * 10);

        Assert.Equal(2367, await ValueAsync(services));
    }

    [Fact]
    public async Task Refresh_WithNothingNew_WritesNeitherRowsNorAVersion()
    {
        await using var services = Create(AzuriteServer.NewPrefix(), new ManualClock());
        var store = services.GetRequiredService<SeriesStore>();
        await IngestAsync(services, Obs.Of("unhcr-test", Indicators.Arrivals, Measures.Month, "2022-10", 2367, "2022-11-05"));
        var version = await store.ReadVersionAsync(CancellationToken.None);

        var written = await services.GetRequiredService<SeriesMaterializer>().RefreshAsync([Obs.Key("BIH", Indicators.Arrivals)], CancellationToken.None);

        Assert.NotNull(version);
        Assert.Equal(0, written);
        Assert.Equal(version, await store.ReadVersionAsync(CancellationToken.None));
    }

    private ServiceProvider Create(string prefix, ManualClock clock) =>
        PipelineHarness.Create(azurite, prefix, configure: s => s.AddSingleton<TimeProvider>(clock));

    private static async Task IngestAsync(IServiceProvider services, Observation row)
    {
        await services.GetRequiredService<ObservationStore>().WriteAsync([row], CancellationToken.None);
        await services.GetRequiredService<SeriesMaterializer>().RefreshAsync([SeriesKey.Of(row)!.Value], CancellationToken.None);
    }

    private static async Task<decimal?> ValueAsync(IServiceProvider services, string? asOf = null)
    {
        var (request, errors) = SeriesRequest.Create(Indicators.Arrivals, "BIH", "2022-10", "2022-10", asOf: asOf);
        Assert.Empty(errors);
        var result = await services.GetRequiredService<SeriesQuery>().GetAsync(request!, CancellationToken.None);
        return Assert.Single(result.Points).Value;
    }
}
