using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;
using MigrationFeeds.Pipeline.Ingestion;
using MigrationFeeds.Pipeline.Sources;
using MigrationFeeds.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace MigrationFeeds.Bench;

/// <summary>
/// Ingestion of 100, 1,000 and 10,000 documents generated from the snapshot's BiH PDFs: copy i is PDF i mod 15 with a
/// comment naming the copy inserted before its final %%EOF (the bytes, so the SHA-256, differ; the text and figures do
/// not). They are served through the offline replay from a temporary snapshot folder and ingested by the real
/// IngestService in a child process whose time and peak resident memory are measured; Azurite is fresh per size.
/// </summary>
internal static partial class ScaleBench
{
    public const string SourceId = "bench-scale";

    public static async Task RunAsync(Args args, Report report)
    {
        var sizes = (args.Get("sizes") ?? "100,1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var results = new List<(int Docs, ChildResult Child, long? TimeMaxRssKb)>();
        foreach (var n in sizes)
        {
            var folder = Directory.CreateTempSubdirectory("migrationfeeds-scale").FullName;
            try
            {
                WriteSnapshot(folder, n);
                var azurite = new AzuriteServer();
                await azurite.InitializeAsync();
                try
                {
                    results.Add(await RunChildProcessAsync(n, folder, azurite.ConnectionString));
                }
                finally
                {
                    await azurite.DisposeAsync();
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }

            var last = results[^1];
            Console.WriteLine($"scale {n}: {last.Child.Seconds:0.0} s, peak {last.Child.PeakKb / 1024} MiB");
        }

        var first = results[0];
        report.Table(
            ["documents", "seconds", "documents/s", "ms/document", "time per document vs 100", "observations written", "parsed", "failed", "peak RSS (VmHWM), MiB", "max RSS (/usr/bin/time -v), MiB"],
            results.Select(r => (IReadOnlyList<string>)[
                r.Docs.ToString(CultureInfo.InvariantCulture), Fmt.N(r.Child.Seconds, "0.0"), Fmt.N(r.Docs / r.Child.Seconds, "0.0"), Fmt.N(1000 * r.Child.Seconds / r.Docs, "0.0"),
                Fmt.N(r.Child.Seconds / r.Docs / (first.Child.Seconds / first.Docs), "0.00") + "x", r.Child.Observations.ToString(CultureInfo.InvariantCulture),
                r.Child.Parsed.ToString(CultureInfo.InvariantCulture), r.Child.Failed.ToString(CultureInfo.InvariantCulture), Fmt.N(r.Child.PeakKb / 1024.0, "0"),
                r.TimeMaxRssKb is { } kb ? Fmt.N(kb / 1024.0, "0") : "–"]));
        report.Line("Phases of the largest run (seconds): " + string.Join(", ", results[^1].Child.Phases.Select(p => $"{p.Key} {Fmt.N(p.Value, "0.0")}")));
        report.Line();
    }

    private static async Task<(int, ChildResult, long?)> RunChildProcessAsync(int n, string folder, string connectionString)
    {
        var dll = typeof(ScaleBench).Assembly.Location;
        var useTime = File.Exists("/usr/bin/time");
        var start = new ProcessStartInfo(useTime ? "/usr/bin/time" : Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (useTime)
        {
            start.ArgumentList.Add("-v");
            start.ArgumentList.Add(Environment.ProcessPath!);
        }

        foreach (var a in new[] { dll, "scale-run", "--docs", n.ToString(CultureInfo.InvariantCulture), "--snapshot", folder, "--connection", connectionString })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The child did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await stdout;
        var errors = await stderr;
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"scale-run {n} failed ({process.ExitCode}): {output} {errors}");
        var child = JsonSerializer.Deserialize<ChildResult>(line["RESULT ".Length..])!;
        var rss = MaxRss().Match(errors);
        return (n, child, rss.Success ? long.Parse(rss.Groups[1].Value, CultureInfo.InvariantCulture) : null);
    }

    /// <summary>The child: the app's services, one bench source listing the N documents, one ingest run.</summary>
    public static async Task RunChildAsync(Args args)
    {
        var n = args.Int("docs", 100);
        var phases = new PhaseClock();
        await using var services = BenchServices.Build(args.Get("connection")!, BenchServices.NewPrefix("x"), args.Get("snapshot")!,
            s => s.AddSingleton<ISource>(new ScaleSource(n)));
        var ingest = services.GetRequiredService<IngestService>();
        var clock = Stopwatch.StartNew();
        var summary = await ingest.RunAsync(ingest.Find(SourceId)!, CancellationToken.None);
        var seconds = clock.Elapsed.TotalSeconds;
        var result = new ChildResult(seconds, PeakKb(), summary.Parsed, summary.Failed, summary.ObservationsWritten, phases.Snapshot());
        Console.WriteLine("RESULT " + JsonSerializer.Serialize(result));
    }

    private static long PeakKb()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(Regex.Match(line, @"\d+").Value, CultureInfo.InvariantCulture);
    }

    private static void WriteSnapshot(string folder, int n)
    {
        var pdfs = Repo.BihPdfs().Select(File.ReadAllBytes).ToList();
        Directory.CreateDirectory(Path.Combine(folder, "docs"));
        var index = new StringBuilder("{\"entries\":[\n");
        for (var i = 0; i < n; i++)
        {
            var name = $"docs/{i:D5}.pdf";
            File.WriteAllBytes(Path.Combine(folder, name), Copy(pdfs[i % pdfs.Count], i));
            index.Append(CultureInfo.InvariantCulture, $"{{\"url\":\"{ScaleSource.Url(i)}\",\"file\":\"{name}\",\"contentType\":\"application/pdf\",\"etag\":\"\\\"bench-{i}\\\"\",\"lastModified\":\"Mon, 06 Feb 2023 08:41:17 GMT\"}}");
            index.Append(i + 1 < n ? ",\n" : "\n");
        }

        index.Append("]}\n");
        File.WriteAllText(Path.Combine(folder, "index.json"), index.ToString());
    }

    /// <summary>The PDF with "% migrationfeeds-bench copy i" inserted before its last %%EOF: a comment, so readers ignore it.</summary>
    public static byte[] Copy(byte[] pdf, int i)
    {
        var eof = pdf.AsSpan().LastIndexOf("%%EOF"u8);
        var comment = Encoding.ASCII.GetBytes($"% migrationfeeds-bench copy {i}\n");
        return [.. pdf.AsSpan(0, eof), .. comment, .. pdf.AsSpan(eof)];
    }

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex MaxRss();

    internal sealed record ChildResult(double Seconds, long PeakKb, int Parsed, int Failed, int Observations, Dictionary<string, double> Phases);

    /// <summary>Process-wide CPU split, so the report can say where the time of a large run went.</summary>
    private sealed class PhaseClock
    {
        private readonly TimeSpan cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        private readonly Stopwatch wall = Stopwatch.StartNew();

        public Dictionary<string, double> Snapshot() => new()
        {
            ["wall"] = wall.Elapsed.TotalSeconds,
            ["process CPU"] = (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalSeconds,
            ["GC pause"] = GC.GetTotalPauseDuration().TotalSeconds,
        };
    }

    /// <summary>A source that lists the N generated documents, read by the BiH Operational Update parser.</summary>
    private sealed class ScaleSource(int n) : ISource
    {
        private static readonly List<DateOnly> Months = [.. Repo.BihPdfs().Select(p =>
            DateOnly.ParseExact(Path.GetFileNameWithoutExtension(p)[^7..] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture))];

        public static string Url(int i) => $"https://bench.example.org/scale/{i:D5}.pdf";

        public string Id => SourceId;

        public string Publisher => "UNHCR";

        public string Description => "Generated copies of the snapshot's BiH Operational Updates";

        public IReportParser Parser => ParserCatalog.UnhcrBihOperationalUpdate;

        public IReadOnlyCollection<string> Hosts { get; } = ["bench.example.org"];

        public SourceCadence Cadence => SourceCadence.Monthly;

        public Task<IReadOnlyList<DiscoveredDocument>> DiscoverAsync(CancellationToken cancellationToken)
        {
            var documents = new List<DiscoveredDocument>(n);
            for (var i = 0; i < n; i++)
            {
                var month = Months[i % Months.Count];
                documents.Add(new DiscoveredDocument
                {
                    Url = new Uri(Url(i)),
                    Role = DocumentRole.Primary,
                    Country = CountryCode.BosniaAndHerzegovina,
                    Title = "Bosnia and Herzegovina: Operational Update, " + month.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
                    Published = month.AddMonths(1).AddDays(14),
                });
            }

            return Task.FromResult<IReadOnlyList<DiscoveredDocument>>(documents);
        }
    }
}
