using System.Diagnostics;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace MigrationFeeds.Bench;

/// <summary>
/// Writing observations to Table Storage: the store's entity group transactions (ObservationStore.WriteAsync: at most
/// 100 operations of one partition per request) against one upsert request per entity, the same rows, fresh tables.
/// </summary>
internal static class WriteBench
{
    public static async Task RunAsync(AzuriteServer azurite, Report report, int repetitions)
    {
        var rows = DataSet.Generate(sources: 1);
        var results = new Dictionary<string, List<double>>
        {
            ["batched"] = [], ["single, sequential"] = [], ["single, 16 concurrent"] = [],
        };

        // Warm-up (JIT, connections), not measured.
        await BatchedAsync(azurite, rows.Take(200).ToList());
        await SingleAsync(azurite, rows.Take(200).ToList(), 1);

        for (var r = 0; r < repetitions; r++)
        {
            results["batched"].Add(await BatchedAsync(azurite, rows));
            results["single, sequential"].Add(await SingleAsync(azurite, rows, 1));
            results["single, 16 concurrent"].Add(await SingleAsync(azurite, rows, 16));
        }

        var batched = Stats.Of(results["batched"]);
        report.Line($"Rows: {rows.Count} observations in {rows.Select(r => (r.Figure.Country, r.Figure.Indicator)).Distinct().Count()} partitions, a backfill of compiled figures written in one ObservationStore.WriteAsync call (so every transaction is full: up to 100 rows of one partition).");
        report.Line();
        report.Table(
            ["method", "requests", "seconds, median (min–max)", "entities/s (median)", "time vs batched"],
            results.Select(kv =>
            {
                var s = Stats.Of(kv.Value);
                var requests = kv.Key == "batched" ? rows.GroupBy(o => (o.Figure.Country, o.Figure.Indicator)).Sum(p => (p.Count() + 99) / 100) : rows.Count;
                return (IReadOnlyList<string>)[kv.Key, requests.ToString(CultureInfo.InvariantCulture), s.Describe("0.00"), Fmt.N(rows.Count / s.Median, "0"), Fmt.N(s.Median / batched.Median, "0.0") + "x"];
            }));
    }

    private static async Task<double> BatchedAsync(AzuriteServer azurite, List<Observation> rows)
    {
        await using var services = BenchServices.Build(azurite.ConnectionString, BenchServices.NewPrefix("w"), Repo.Combine("seeds", "snapshot"));
        var store = services.GetRequiredService<ObservationStore>();
        await services.GetRequiredService<StorageClients>().EnsureCreatedAsync(CancellationToken.None);
        var clock = Stopwatch.StartNew();
        await store.WriteAsync(rows, CancellationToken.None);

        return clock.Elapsed.TotalSeconds;
    }

    private static async Task<double> SingleAsync(AzuriteServer azurite, List<Observation> rows, int concurrency)
    {
        await using var services = BenchServices.Build(azurite.ConnectionString, BenchServices.NewPrefix("s"), Repo.Combine("seeds", "snapshot"));
        var storage = services.GetRequiredService<StorageClients>();
        await storage.EnsureCreatedAsync(CancellationToken.None);
        var table = storage.Observations;
        var entities = rows.Select(ToEntity).ToList();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(entities, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (e, ct) =>
            await table.UpsertEntityAsync(e, TableUpdateMode.Replace, ct));
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>The same row as ObservationStore writes: same keys, same properties.</summary>
    private static BenchObservationEntity ToEntity(Observation o)
    {
        var f = o.Figure;
        return new BenchObservationEntity
        {
            PartitionKey = f.Country + "|" + f.Indicator,
            RowKey = string.Join('|', f.Period.Replace('/', '_'), f.Measure, f.Site ?? "-", o.DocumentSha256[..16], "000"),
            Country = f.Country, Site = f.Site, Indicator = f.Indicator, Measure = f.Measure, Period = f.Period,
            Value = f.Value, Low = f.Low, High = f.High, Approximate = f.Approximate,
            SourceId = o.SourceId, DocumentUrl = o.DocumentUrl.AbsoluteUri, DocumentSha256 = o.DocumentSha256,
            Page = f.Page, Quote = f.Quote, ParserVersion = o.ParserVersion, RetrievedAt = o.RetrievedAt,
            Published = o.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    private sealed class BenchObservationEntity : ITableEntity
    {
        public string PartitionKey { get; set; } = "";
        public string RowKey { get; set; } = "";
        public DateTimeOffset? Timestamp { get; set; }
        public ETag ETag { get; set; }
        public string Country { get; set; } = "";
        public string? Site { get; set; }
        public string Indicator { get; set; } = "";
        public string Measure { get; set; } = "";
        public string Period { get; set; } = "";
        public long? Value { get; set; }
        public long? Low { get; set; }
        public long? High { get; set; }
        public bool Approximate { get; set; }
        public string SourceId { get; set; } = "";
        public string DocumentUrl { get; set; } = "";
        public string DocumentSha256 { get; set; } = "";
        public int Page { get; set; }
        public string Quote { get; set; } = "";
        public string ParserVersion { get; set; } = "";
        public DateTimeOffset RetrievedAt { get; set; }
        public string? Published { get; set; }
    }
}
