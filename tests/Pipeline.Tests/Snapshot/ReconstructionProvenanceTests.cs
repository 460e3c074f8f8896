using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Query;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Snapshot;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Snapshot;

/// <summary>
/// A snapshot run marks every figure it stores as read from a reconstruction, and a real one with the real
/// publication its manifest names; the catalog gives each source's share. Live, nothing is marked. The snapshot run is
/// the collection's one run of the source (<see cref="SnapshotRuns"/>).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReconstructionProvenanceTests(AzuriteServer azurite, SnapshotRuns runs)
{
    private const string Source = "unhcr-bih-operational-update";

    [Fact]
    public async Task SnapshotRun_MarksEveryStoredFigureAsTheManifestListsIt()
    {
        var services = (await runs.OfAsync(azurite, Source)).Services;

        var manifest = Manifest(Source);
        var storage = services.GetRequiredService<StorageClients>();
        var stored = 0;
        var real = 0;
        await foreach (var e in storage.Observations.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"SourceId eq {Source}")))
        {
            // The row's document, then every other document of the report that states the same figure.
            var statements = new List<(string? Url, bool? Reconstruction, string? RealUrl, string? RealPublished)>
            {
                (e.GetString("DocumentUrl"), e.GetBoolean("Reconstruction"), e.GetString("RealUrl"), e.GetString("RealPublished")),
            };
            if (e.GetString("AlsoStatedIn") is { } also)
            {
                statements.AddRange(System.Text.Json.Nodes.JsonNode.Parse(also)!.AsArray()
                    .Select(a => ((string?)a!["documentUrl"], (bool?)a["reconstruction"], (string?)a["realUrl"], (string?)a["realPublished"])));
            }

            foreach (var (url, reconstruction, realUrl, realPublished) in statements)
            {
                stored++;
                Assert.True(reconstruction, e.RowKey);
                var key = Key(url, e.GetString("Country"), e.GetString("Site"), e.GetString("Indicator"), e.GetString("Measure"), e.GetString("Period"), e.GetInt64("Value"), e.GetInt64("Low"), e.GetInt64("High"));
                Assert.True(manifest.TryGetValue(key, out var listed), "not in the manifest: " + key);
                Assert.Equal(listed.RealUrl, realUrl);
                Assert.Equal(listed.RealPublished, realPublished);
                real += listed.RealUrl is null ? 0 : 1;
            }
        }

        var share = services.GetRequiredService<ReconstructionManifest>().ShareOf(Source)!;
        Assert.Equal(share.Figures, stored);
        Assert.Equal(share.Real, real);
        Assert.True(real > 0, "the source has no real figure to mark");
    }

    [Fact]
    public async Task SnapshotRun_SeriesProvenanceNamesTheRealPublication_AndTheCatalogGivesTheShare()
    {
        var services = (await runs.OfAsync(azurite, Source)).Services;

        var (request, _) = SeriesRequest.Create("arrivals", "BIH", "2022-10", "2022-10", source: Source);
        var point = (await services.GetRequiredService<SeriesQuery>().GetAsync(request!, CancellationToken.None)).Points.Single();
        var json = JsonSerializer.SerializeToElement(point.Provenance, PipelineJson.Options);

        Assert.True(json.GetProperty("reconstruction").GetBoolean());
        Assert.Equal("https://reliefweb.int/report/bosnia-and-herzegovina/bosnia-and-herzegovina-operational-update-october-2022", json.GetProperty("realPublicationUrl").GetString());
        var entry = (await services.GetRequiredService<CatalogQuery>().GetAsync(CancellationToken.None)).Sources.Single(s => s.Id == Source);
        Assert.NotNull(entry.Reconstruction);
        Assert.Equal($"seeds/snapshot/manifest/{Source}.json", entry.Reconstruction.Manifest);
        Assert.InRange(entry.Reconstruction.Share, 0.01, 1);
    }

    [Fact]
    public async Task LiveRun_MarksNothing_AndTheCatalogSaysNothingOfReconstructions()
    {
        await using var services = PipelineHarness.Create(azurite, settings: new Dictionary<string, string?> { ["Fetch:Mode"] = "Live" });
        var manifest = services.GetRequiredService<ReconstructionManifest>();
        var figure = new Parsing.Model.Figure { Country = "BIH", Indicator = "arrivals", Measure = "month", Period = "2022-10", Value = 5010, Page = 1, Quote = "5,010" };

        Assert.False(manifest.Active);
        Assert.Null(manifest.Find(new Uri(ExpectedFigures.Load(Source)[0].Url), figure));
        var entry = (await services.GetRequiredService<CatalogQuery>().GetAsync(CancellationToken.None)).Sources.Single(s => s.Id == Source);
        Assert.Null(entry.Reconstruction);
        var provenance = JsonSerializer.SerializeToElement(
            Provenance.Of(Observation.Of(figure, Source, new Uri("https://example.org/a.pdf"), "00", "1", DateTimeOffset.UnixEpoch, published: null)), PipelineJson.Options);
        Assert.False(provenance.TryGetProperty("reconstruction", out _));
        Assert.False(provenance.TryGetProperty("realPublicationUrl", out _));
        Assert.False(JsonSerializer.SerializeToElement(entry, PipelineJson.Options).TryGetProperty("reconstruction", out _));
    }

    private static Dictionary<string, (string? RealUrl, string? RealPublished)> Manifest(string source)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(RepoRoot.Combine("seeds", "snapshot", "manifest", source + ".json")));
        var result = new Dictionary<string, (string?, string?)>(StringComparer.Ordinal);
        foreach (var d in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            foreach (var f in d.GetProperty("figures").EnumerateArray())
            {
                var key = Key(new Uri(d.GetProperty("url").GetString()!).AbsoluteUri, f.GetProperty("country").GetString(), Text(f, "site"), f.GetProperty("indicator").GetString(),
                    f.GetProperty("measure").GetString(), f.GetProperty("period").GetString(), Number(f, "value"), Number(f, "low"), Number(f, "high"));
                result[key] = f.GetProperty("real").GetBoolean() ? (Text(f, "realUrl"), Text(f, "realPublished")) : (null, null);
            }
        }

        return result;
    }

    private static string Key(string? url, string? country, string? site, string? indicator, string? measure, string? period, long? value, long? low, long? high) =>
        string.Join('|', url, country, site, indicator, measure, period, value, low, high);

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static long? Number(JsonElement e, string name) => e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt64() : null;
}
