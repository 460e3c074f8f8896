using System.Diagnostics;
using System.Globalization;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace MigrationFeeds.Bench;

/// <summary>
/// A backfill of the whole recorded snapshot with the real IngestService (every source), into fresh tables, then a
/// second run with nothing new, which must cost only the conditional requests.
/// </summary>
internal static class IngestBench
{
    /// <param name="compareChecks">Also backfill with the series checks off (Series:ChecksEnabled), interleaved, and report what they add.</param>
    public static async Task RunAsync(AzuriteServer azurite, Report report, int repetitions, bool compareChecks)
    {
        using var counter = new StorageRequestCounter();
        StorageRequestCounter.TablePort = azurite.TablePort;
        var first = new List<double>();
        var again = new List<double>();
        SourceTotals? firstTotals = null;
        SourceTotals? againTotals = null;
        (int Writes, int Reads, int Blobs) firstRequests = default;
        (int Writes, int Reads, int Blobs) againRequests = default;
        var withoutChecks = new List<double>();
        var uncheckedReads = 0;

        for (var r = -1; r < repetitions; r++)
        {
            // Every repetition in fresh tables; repetition -1 warms up (JIT, connections) and is not counted. With the
            // checks compared, a backfill without them runs before the one with them in odd repetitions and after it in
            // even ones, so a drift in the machine's load falls on both alike.
            if (compareChecks && r >= 0 && r % 2 == 1)
            {
                (var seconds, uncheckedReads) = await UncheckedBackfillAsync(azurite, counter);
                withoutChecks.Add(seconds);
            }

            await using var services = BenchServices.Build(azurite.ConnectionString, BenchServices.NewPrefix("i"), Repo.Combine("seeds", "snapshot"));
            var ingest = services.GetRequiredService<IngestService>();
            counter.Reset();
            var clock = Stopwatch.StartNew();
            var t1 = SourceTotals.Of(await ingest.RunAllAsync(CancellationToken.None));
            var s1 = clock.Elapsed.TotalSeconds;
            var requests1 = (counter.TableWrites, counter.TableReads, counter.BlobRequests);

            counter.Reset();
            clock.Restart();
            var t2 = SourceTotals.Of(await ingest.RunAllAsync(CancellationToken.None));
            var s2 = clock.Elapsed.TotalSeconds;
            var requests2 = (counter.TableWrites, counter.TableReads, counter.BlobRequests);
            if (r < 0)
            {
                continue;
            }

            if (compareChecks && r % 2 == 0)
            {
                (var seconds, uncheckedReads) = await UncheckedBackfillAsync(azurite, counter);
                withoutChecks.Add(seconds);
            }

            first.Add(s1);
            again.Add(s2);
            (firstTotals, againTotals, firstRequests, againRequests) = (t1, t2, requests1, requests2);
        }

        var a = Stats.Of(first);
        var b = Stats.Of(again);
        var t = firstTotals!;
        var u = againTotals!;
        report.Table(
            ["run", "seconds, median (min–max, n)", "documents fetched", "PDFs parsed", "observations written", "documents/s", "observations/s", "table writes (requests)", "table reads", "blob requests", "304s"],
            [
                ["backfill (fresh tables)", a.Describe("0.000"), I(t.Fetched), I(t.Parsed), I(t.Observations), Fmt.N(t.Fetched / a.Median, "0"), Fmt.N(t.Observations / a.Median, "0"),
                    I(firstRequests.Writes), I(firstRequests.Reads), I(firstRequests.Blobs), I(t.NotModified)],
                ["re-run, nothing new", b.Describe("0.000"), I(u.Fetched), I(u.Parsed), I(u.Observations), "–", "–",
                    I(againRequests.Writes), I(againRequests.Reads), I(againRequests.Blobs), I(u.NotModified)],
            ]);
        report.Line($"Re-run / backfill time: {Fmt.N(100 * b.Median / a.Median, "0.0")} % (goal: under 5 %). "
            + $"The re-run's {I(againRequests.Writes)} table writes are the run records (one per source, the run history the status API serves); it parses nothing and writes no observation, document or series row.");
        report.Line();
        if (compareChecks)
        {
            var off = Stats.Of(withoutChecks);
            var ratios = Stats.Of(first.Zip(withoutChecks, (on, o) => on / o));
            report.Table(
                ["backfill", "seconds, median (min–max, n)", "table reads"],
                [
                    ["series checks on (the default)", a.Describe("0.000"), I(firstRequests.Reads)],
                    ["series checks off (`Series:ChecksEnabled=false`)", off.Describe("0.000"), I(uncheckedReads)],
                ]);
            report.Line($"Checks on / off, per repetition (each pair run one after the other): median {Fmt.N(ratios.Median, "0.000")} "
                + $"(min–max {Fmt.N(ratios.Min, "0.000")}–{Fmt.N(ratios.Max, "0.000")}); of the medians: {Fmt.N(a.Median / off.Median, "0.000")} (goal: under 1.10).");
            report.Line();
        }
    }

    private static async Task<(double Seconds, int Reads)> UncheckedBackfillAsync(AzuriteServer azurite, StorageRequestCounter counter)
    {
        await using var services = BenchServices.Build(azurite.ConnectionString, BenchServices.NewPrefix("u"), Repo.Combine("seeds", "snapshot"),
            s => s.Configure<SeriesOptions>(o => o.ChecksEnabled = false));
        var ingest = services.GetRequiredService<IngestService>();
        counter.Reset();
        var clock = Stopwatch.StartNew();
        await ingest.RunAllAsync(CancellationToken.None);
        return (clock.Elapsed.TotalSeconds, counter.TableReads);
    }

    private static string I(int n) => n.ToString(CultureInfo.InvariantCulture);

    private sealed record SourceTotals(int Discovered, int Fetched, int NotModified, int Parsed, int Failed, int Observations)
    {
        public static SourceTotals Of(IReadOnlyList<SourceRunSummary> s) => new(
            s.Sum(x => x.Discovered), s.Sum(x => x.Fetched), s.Sum(x => x.NotModified), s.Sum(x => x.Parsed), s.Sum(x => x.Failed), s.Sum(x => x.ObservationsWritten));
    }
}
