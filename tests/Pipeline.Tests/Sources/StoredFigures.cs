using System.Globalization;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Pipeline.Tests.Sources;

/// <summary>What a source's run left in the observations table, in the shape of seeds/snapshot/expected/.</summary>
internal static class StoredFigures
{
    /// <summary>Runs one source over the recorded snapshot into tables of its own: the run, and what it stored.</summary>
    public static async Task<(SourceRunSummary Summary, IReadOnlyList<string> Stored)> RunSnapshotAsync(AzuriteServer azurite, string sourceId)
    {
        await using var services = PipelineHarness.Create(azurite);
        var ingest = services.GetRequiredService<IngestService>();
        var summary = await ingest.RunAsync(ingest.Find(sourceId)!, CancellationToken.None);
        return (summary, await LinesAsync(services.GetRequiredService<StorageClients>(), sourceId));
    }

    /// <summary>
    /// One line per figure a document states: document, country, site, indicator, measure, period, value and page, sorted.
    /// A figure two documents of one report state is one row, with a line for each.
    /// </summary>
    public static async Task<IReadOnlyList<string>> LinesAsync(StorageClients storage, string sourceId)
    {
        var lines = new List<string>();
        await foreach (var e in storage.Observations.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"SourceId eq {sourceId}")))
        {
            Assert.False(string.IsNullOrWhiteSpace(e.GetString("Quote")), $"{e.RowKey} has no quote");
            lines.Add(Line(e.GetString("DocumentUrl"), e.GetString("Country"), e.GetString("Site"), e.GetString("Indicator"), e.GetString("Measure"),
                e.GetString("Period"), e.GetInt64("Value"), e.GetInt64("Low"), e.GetInt64("High"), e.GetInt32("Page")));
            if (e.GetString("AlsoStatedIn") is { } also)
            {
                foreach (var other in JsonNode.Parse(also)!.AsArray())
                {
                    Assert.False(string.IsNullOrWhiteSpace((string?)other!["quote"]), $"{e.RowKey} has a second provenance without a quote");
                    lines.Add(Line((string)other["documentUrl"]!, e.GetString("Country"), e.GetString("Site"), e.GetString("Indicator"), e.GetString("Measure"),
                        e.GetString("Period"), e.GetInt64("Value"), e.GetInt64("Low"), e.GetInt64("High"), (int?)other["page"]));
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    public static IReadOnlyList<string> Expected(string sourceId) => Expected(ExpectedFigures.Load(sourceId));

    public static IReadOnlyList<string> Expected(IEnumerable<ExpectedFigures.Document> documents) =>
        documents
            .SelectMany(d => d.Figures.Select(f => Line(d.Url, f.Country, f.Site, f.Indicator, f.Measure, f.Period, f.Value, f.Low, f.High, f.Page)))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Line(string url, string country, string? site, string indicator, string measure, string period, long? value, long? low, long? high, int? page) =>
        string.Join(' ', url, country, site ?? "-", indicator, measure, period, N(value), N(low), N(high), "p" + N(page));

    private static string N(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string N(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
