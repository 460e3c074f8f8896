using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Query;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.Pipeline.Tests.Series;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Query;

/// <summary>A series of one source (<c>source=</c>) is served from the materialised series, as the series across sources is.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SourceSeriesTests(AzuriteServer azurite)
{
    /// <summary>After every date in the snapshot: a series as of it is computed from the observations, all of them known.</summary>
    private const string Later = "2100-12-31";

    [Fact]
    public async Task Source_OnTheSnapshot_ServesWhatTheObservationsGive()
    {
        await using var services = PipelineHarness.Create(azurite);
        var ingest = services.GetRequiredService<IngestService>();
        var sources = ingest.Sources.Where(s => s.Coverage.Countries.Any(c => c == CountryCode.BosniaAndHerzegovina || c.IsRegion)).ToList();
        foreach (var source in sources)
        {
            await ingest.RunAsync(source, CancellationToken.None);
        }

        var query = services.GetRequiredService<SeriesQuery>();
        var compared = 0;
        foreach (var indicator in IndicatorCatalog.All.Select(i => i.Code))
        {
            foreach (var country in new[] { "BIH", Countries.Region })
            {
                foreach (var source in sources)
                {
                    var materialised = await PointsAsync(query, indicator, country, source.Id, asOf: null);
                    var computed = await PointsAsync(query, indicator, country, source.Id, Later);
                    Assert.True(computed == materialised, $"{indicator} {country} source={source.Id}: the materialised series differs from the computed one");
                    compared += materialised == "[]" ? 0 : 1;
                }
            }
        }

        Assert.True(compared >= 10, $"only {compared} series of one source compared");
    }

    [Fact]
    public async Task Source_AfterTheRefresh_ReadsNoObservations()
    {
        await using var services = PipelineHarness.Create(azurite);
        await WriteAndRefreshAsync(services, A(2367), B(2401));

        // Gone behind the materializer's back: a series computed per request would be empty now.
        await services.GetRequiredService<StorageClients>().Observations.DeleteAsync();

        Assert.Equal([2367m], await ValuesAsync(services, "unhcr-a"));
        Assert.Equal([2401m], await ValuesAsync(services, "police-b"));
    }

    [Fact]
    public async Task Source_WhoseFiguresAreRemoved_HasNoSeriesAfterTheRefresh()
    {
        await using var services = PipelineHarness.Create(azurite);
        var b = B(2401);
        await WriteAndRefreshAsync(services, A(2367), b);

        await services.GetRequiredService<ObservationStore>().ReplaceDocumentAsync(b.Provenance.DocumentSha256, [], CancellationToken.None);
        await services.GetRequiredService<SeriesMaterializer>().RefreshAsync([Obs.Key("BIH", Indicators.Arrivals)], CancellationToken.None);

        Assert.Empty(await ValuesAsync(services, "police-b"));
        Assert.Equal([2367m], await ValuesAsync(services, "unhcr-a"));
    }

    private static Observation A(long value) => Obs.Of("unhcr-a", Indicators.Arrivals, Measures.Month, "2022-10", value, "2022-11-05");

    private static Observation B(long value) => Obs.Of("police-b", Indicators.Arrivals, Measures.Month, "2022-10", value, "2022-11-20");

    private static async Task WriteAndRefreshAsync(IServiceProvider services, params Observation[] rows)
    {
        await services.GetRequiredService<ObservationStore>().WriteAsync(rows, CancellationToken.None);
        await services.GetRequiredService<SeriesMaterializer>().RefreshAsync([Obs.Key("BIH", Indicators.Arrivals)], CancellationToken.None);
    }

    private static async Task<decimal?[]> ValuesAsync(IServiceProvider services, string source)
    {
        var (request, errors) = SeriesRequest.Create(Indicators.Arrivals, "BIH", "2022-01", "2022-12", source: source);
        Assert.Empty(errors);
        var result = await services.GetRequiredService<SeriesQuery>().GetAsync(request!, CancellationToken.None);
        return [.. result.Points.Select(p => p.Value)];
    }

    private static async Task<string> PointsAsync(SeriesQuery query, string indicator, string country, string source, string? asOf)
    {
        var (request, errors) = SeriesRequest.Create(indicator, country, null, null, asOf: asOf, source: source);
        Assert.Empty(errors);
        var result = await query.GetAsync(request!, CancellationToken.None);
        return JsonSerializer.Serialize(result.Points, PipelineJson.Options);
    }
}
