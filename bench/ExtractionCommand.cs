using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace MigrationFeeds.Bench;

/// <summary>
/// Runs the extraction benchmarks (BenchmarkDotNet, in process) and sets them beside the other tools' figures that
/// bench.sh measured in the same run: pdftotext -layout per file and pdfminer.six's extract_text in one Python process.
/// </summary>
internal static class ExtractionCommand
{
    public static void Run(Args args, Report report)
    {
        var artifacts = args.Get("artifacts") ?? Path.Combine(Path.GetTempPath(), "migrationfeeds-bench");
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(int.Parse(args.Get("warmup") ?? "3", System.Globalization.CultureInfo.InvariantCulture))
            .WithIterationCount(int.Parse(args.Get("iterations") ?? "15", System.Globalization.CultureInfo.InvariantCulture));
        var config = DefaultConfig.Instance
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(artifacts);
        var summary = BenchmarkRunner.Run<ExtractionBenchmarks>(config);

        var docs = ExtractionBenchmarks.Documents;
        var pages = ExtractionBenchmarks.Pages;
        var ours = summary.Reports
            .Where(r => r.ResultStatistics is not null)
            .ToDictionary(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name, r => r.ResultStatistics!);

        var rows = new List<(string Name, double Median, double Min, double Max, int N)>();
        foreach (var name in new[] { "PdfToObservations", "TextOnly", "FiguresFromText", "PdfPigLetters" })
        {
            if (ours.TryGetValue(name, out var s))
            {
                rows.Add(("MigrationFeeds " + name + " (in process, BenchmarkDotNet)", s.Median / 1e9, s.Min / 1e9, s.Max / 1e9, s.N));
            }
        }

        if (args.Get("pdftotext") is { } pdftotextJson && File.Exists(pdftotextJson))
        {
            foreach (var r in Hyperfine(pdftotextJson).Where(r => r.Name.Contains("pdftotext", StringComparison.Ordinal)))
            {
                rows.Add(("pdftotext -layout, one process per file (hyperfine)", r.Median, r.Min, r.Max, r.N));
            }
        }

        if (args.Get("pdfminer") is { } pdfminerJson && File.Exists(pdfminerJson))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(pdfminerJson));
            var runs = doc.RootElement.GetProperty("runs").EnumerateArray().Select(e => e.GetDouble()).ToList();
            var st = Stats.Of(runs);
            rows.Add(("pdfminer.six " + doc.RootElement.GetProperty("version").GetString() + " extract_text (in one Python process)", st.Median, st.Min, st.Max, st.Count));
        }

        var full = rows.First(r => r.Name.Contains("PdfToObservations", StringComparison.Ordinal)).Median;
        report.Line($"Corpus: the snapshot's {docs} BiH Operational Update PDFs, {pages} pages, every operation reads all of them.");
        report.Line();
        report.Table(
            ["what", "seconds per corpus, median (min–max, n)", "documents/s", "pages/s", "time / our PDF→observations"],
            rows.Select(r => (IReadOnlyList<string>)[r.Name, $"{Fmt.N(r.Median, "0.0000")} ({Fmt.N(r.Min, "0.0000")}–{Fmt.N(r.Max, "0.0000")}, n={r.N})",
                Fmt.N(docs / r.Median, "0.0"), Fmt.N(pages / r.Median, "0.0"), Fmt.N(r.Median / full, "0.00") + "x"]));
    }

    /// <summary>hyperfine --export-json: one row per command.</summary>
    public static IEnumerable<(string Name, double Median, double Min, double Max, int N)> Hyperfine(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var r in doc.RootElement.GetProperty("results").EnumerateArray())
        {
            var times = r.GetProperty("times").EnumerateArray().Select(e => e.GetDouble()).ToList();
            var st = Stats.Of(times);
            yield return (r.GetProperty("command").GetString()!, st.Median, st.Min, st.Max, st.Count);
        }
    }
}
