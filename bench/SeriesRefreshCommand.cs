using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace MigrationFeeds.Bench;

/// <summary>
/// Backfills the snapshot once into Azurite, reads every partition's observations back, and runs
/// <see cref="SeriesRefreshBenchmarks"/> on them in process: the cost of the checks and of review decisions relative to
/// building the series alone.
/// </summary>
internal static class SeriesRefreshCommand
{
    public static async Task RunAsync(AzuriteServer azurite, Args args, Report report)
    {
        await using (var services = BenchServices.Build(azurite.ConnectionString, BenchServices.NewPrefix("r"), Repo.Combine("seeds", "snapshot")))
        {
            await services.GetRequiredService<IngestService>().RunAllAsync(CancellationToken.None);
            var store = services.GetRequiredService<ObservationStore>();
            var partitions = new Dictionary<SeriesKey, IReadOnlyList<Observation>>();
            foreach (var country in CountryCode.Six.Append(CountryCode.Region))
            {
                foreach (var indicator in Indicator.All.Where(i => i.Kind != IndicatorKind.Derived))
                {
                    var stored = await store.ReadAllAsync(country, indicator, CancellationToken.None);
                    if (stored.Count > 0)
                    {
                        partitions[new SeriesKey(country, indicator)] = stored;
                    }
                }
            }

            SeriesRefreshBenchmarks.Partitions = partitions;
        }

        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(args.Int("warmup", 5))
            .WithIterationCount(args.Int("iterations", 15));
        var config = DefaultConfig.Instance
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(args.Get("artifacts") ?? Path.Combine(Path.GetTempPath(), "migrationfeeds-bench"));
        var summary = BenchmarkRunner.Run<SeriesRefreshBenchmarks>(config);

        var observations = SeriesRefreshBenchmarks.Partitions.Values.Sum(p => p.Count);
        report.Line($"Every series of the snapshot built in memory from {observations} observations in {SeriesRefreshBenchmarks.Partitions.Count} partitions, "
            + $"read back from a backfill; with review, {SeriesRefreshBenchmarks.Decisions.Count} decisions (BenchmarkDotNet, in process).");
        report.Line();
        var rows = summary.Reports.Where(r => r.ResultStatistics is not null).ToList();
        var baseline = rows.First(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(SeriesRefreshBenchmarks.WithoutChecks)).ResultStatistics!.Median;
        report.Table(
            ["refresh", "ms, median (min–max, n)", "time / without checks", "allocated KB"],
            rows.Select(r =>
            {
                var s = r.ResultStatistics!;
                return (IReadOnlyList<string>)
                [
                    r.BenchmarkCase.Descriptor.WorkloadMethod.Name,
                    $"{Fmt.N(s.Median / 1e6, "0.00")} ({Fmt.N(s.Min / 1e6, "0.00")}–{Fmt.N(s.Max / 1e6, "0.00")}, n={s.N})",
                    Fmt.N(s.Median / baseline, "0.00") + "x",
                    Fmt.N((r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) ?? 0) / 1024.0, "0"),
                ];
            }));
    }
}
