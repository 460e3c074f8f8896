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
        var entities = ObservationStore.ToEntities(rows);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(entities, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (e, ct) =>
            await table.UpsertEntityAsync(e, TableUpdateMode.Replace, ct));
        return clock.Elapsed.TotalSeconds;
    }
}
