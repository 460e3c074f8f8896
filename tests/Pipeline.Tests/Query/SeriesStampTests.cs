using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Query;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.Pipeline.Tests.Series;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Query;

/// <summary>
/// The stamp answers are kept under, and the current series the query reads: what a refresh in the same process and
/// in another one does to them. Two service providers over the same tables stand for two processes; their clocks move only when the
/// test moves them.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SeriesStampTests(AzuriteServer azurite)
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
    public async Task Query_AfterARefreshInAnotherProcess_ServesTheNewValueAtOnce()
    {
        var prefix = AzuriteServer.NewPrefix();
        await using var reader = Create(prefix, new ManualClock());
        await using var writer = Create(prefix, new ManualClock());
        await IngestAsync(writer, Obs.Of("unhcr-test", Indicators.Arrivals, Measures.Month, "2022-10", 2367, "2022-11-05"));
        Assert.Equal(2367, await ValueAsync(reader));

        await IngestAsync(writer, Obs.Of("unhcr-test", Indicators.Arrivals, Measures.Month, "2022-10", 2401, "2022-12-20"));

        Assert.Equal(2401, await ValueAsync(reader));
    }

    [Fact]
    public async Task Stamp_AfterARefreshInTheSameProcess_MovesAtOnce()
    {
        await using var services = Create(AzuriteServer.NewPrefix(), new ManualClock());
        var stamps = services.GetRequiredService<SeriesStamp>();
        await IngestAsync(services, Obs.Of("unhcr-test", Indicators.Arrivals, Measures.Month, "2022-10", 2367, "2022-11-05"));
        var before = await stamps.CurrentAsync(CancellationToken.None);

        await IngestAsync(services, Obs.Of("unhcr-test", Indicators.Arrivals, Measures.Month, "2022-10", 2401, "2022-12-20"));

        Assert.NotEqual(before, await stamps.CurrentAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Stamp_AfterARefreshInAnotherProcess_MovesOnceTheBoundHasPassed()
    {
        var prefix = AzuriteServer.NewPrefix();
        var clock = new ManualClock();
        await using var reader = Create(prefix, clock);
        await using var writer = Create(prefix, new ManualClock());
        var stamps = reader.GetRequiredService<SeriesStamp>();
        await IngestAsync(writer, Obs.Of("unhcr-test", Indicators.Arrivals, Measures.Month, "2022-10", 2367, "2022-11-05"));
        var before = await stamps.CurrentAsync(CancellationToken.None);

        await IngestAsync(writer, Obs.Of("unhcr-test", Indicators.Arrivals, Measures.Month, "2022-10", 2401, "2022-12-20"));
        var within = await stamps.CurrentAsync(CancellationToken.None);
        clock.Advance(Revalidate);
        var after = await stamps.CurrentAsync(CancellationToken.None);

        Assert.Equal(before, within);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task Refresh_WithNothingNew_WritesNeitherRowsNorAVersion_AndLeavesTheStamp()
    {
        var clock = new ManualClock();
        await using var services = Create(AzuriteServer.NewPrefix(), clock);
        var store = services.GetRequiredService<SeriesStore>();
        var stamps = services.GetRequiredService<SeriesStamp>();
        await IngestAsync(services, Obs.Of("unhcr-test", Indicators.Arrivals, Measures.Month, "2022-10", 2367, "2022-11-05"));
        var version = await store.ReadVersionAsync(CancellationToken.None);
        var stamp = await stamps.CurrentAsync(CancellationToken.None);

        var written = await services.GetRequiredService<SeriesMaterializer>().RefreshAsync([Obs.Key("BIH", Indicators.Arrivals)], CancellationToken.None);
        clock.Advance(Revalidate);

        Assert.NotNull(version);
        Assert.Equal(0, written);
        Assert.Equal(version, await store.ReadVersionAsync(CancellationToken.None));
        Assert.Equal(stamp, await stamps.CurrentAsync(CancellationToken.None));
    }

    private ServiceProvider Create(string prefix, ManualClock clock) =>
        PipelineHarness.Create(azurite, prefix, configure: s => s.AddSingleton<TimeProvider>(clock));

    private static async Task IngestAsync(IServiceProvider services, Observation row)
    {
        await services.GetRequiredService<ObservationStore>().WriteAsync([row], CancellationToken.None);
        await services.GetRequiredService<SeriesMaterializer>().RefreshAsync([SeriesKey.Of(row)!.Value], CancellationToken.None);
    }

    private static async Task<decimal?> ValueAsync(IServiceProvider services)
    {
        var (request, errors) = SeriesRequest.Create(Indicators.Arrivals, "BIH", "2022-10", "2022-10");
        Assert.Empty(errors);
        var result = await services.GetRequiredService<SeriesQuery>().GetAsync(request!, CancellationToken.None);
        return Assert.Single(result.Points).Value;
    }
}
