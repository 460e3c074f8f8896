using MigrationFeeds.Parsing.Language.Periods;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MigrationFeeds.Pipeline.Series;
using MigrationFeeds.Pipeline.Storage;
using MigrationFeeds.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace MigrationFeeds.Bench;

/// <summary>
/// GET /api/series under load (wrk), the 10-year, six-country, eight-indicator data set in Azurite: the materialised
/// series (the default query) against the same series computed from raw observations on each request (asOf=today),
/// and the materialised series asked again with the ETags they were served with (answered 304).
/// </summary>
internal static partial class QueryBench
{
    public static async Task RunAsync(Args args, Report report)
    {
        var folder = args.Get("app") ?? Repo.Combine("bench", "out", "app");
        var duration = args.Int("duration", 20);
        var connections = args.Int("connections", 32);
        var threads = args.Int("threads", 2);
        var work = Directory.CreateTempSubdirectory("migrationfeeds-query").FullName;

        var azurite = new AzuriteServer();
        await azurite.InitializeAsync();
        try
        {
            var prefix = BenchServices.NewPrefix("q");
            var rows = DataSet.Generate(sources: 2);
            var seed = Stopwatch.StartNew();
            await using (var services = BenchServices.Build(azurite.ConnectionString, prefix, Repo.Combine("seeds", "snapshot")))
            {
                await services.GetRequiredService<ObservationStore>().WriteAsync(rows, CancellationToken.None);
                await services.GetRequiredService<SeriesMaterializer>().RefreshAsync(DataSet.Partitions(), CancellationToken.None);
            }

            var seedSeconds = seed.Elapsed.TotalSeconds;
            var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var materialised = DataSet.Partitions().Select(p => $"/api/series?indicator={p.Indicator}&country={p.Country}&from={DataSet.From}&to={DataSet.To}").ToList();
            var computed = materialised.Select(u => u + "&asOf=" + today).ToList();

            await using var app = AppProcess.Start(folder, FreePort.Next(), azurite.ConnectionString, prefix);
            await app.WaitReadyAsync(Stopwatch.StartNew(), TimeSpan.FromSeconds(60));
            var points = await CheckSameAnswersAsync(app.BaseUri, materialised, computed);

            // One request at a time: the latency of a request with nothing else in flight, and of its storage read alone.
            var sequential = new List<(string Name, Stats Http, Stats Storage)>();
            await using (var services = BenchServices.Build(azurite.ConnectionString, prefix, Repo.Combine("seeds", "snapshot")))
            {
                var store = services.GetRequiredService<SeriesStore>();
                var observations = services.GetRequiredService<ObservationStore>();
                sequential.Add(("materialised", await SequentialAsync(app.BaseUri, materialised),
                    await TimeEachAsync(DataSet.Partitions(), p => store.ReadAsync(p, null, YearMonth.ParseOrNull(DataSet.From)!.Value, YearMonth.ParseOrNull(DataSet.To)!.Value, CancellationToken.None))));
                sequential.Add(("computed", await SequentialAsync(app.BaseUri, computed),
                    await TimeEachAsync(DataSet.Partitions(), p => observations.ReadAllAsync(p.Country, p.Indicator, CancellationToken.None))));
            }

            // What a client that already holds every series sends: If-None-Match with the ETag it was given.
            var (etags, meanBytes) = await ETagsAsync(app.BaseUri, materialised);
            var results = new List<(string Name, WrkResult Result)>();
            foreach (var (name, paths, tags) in new[]
                     {
                         ("materialised series table (default query)", materialised, (List<string>?)null),
                         ("computed from raw observations (asOf=today)", computed, null),
                         ("materialised, revalidated (If-None-Match, 304)", materialised, etags),
                     })
            {
                var script = Path.Combine(work, results.Count + ".lua");
                await File.WriteAllTextAsync(script, LuaRotating(paths, tags));
                await WrkAsync(app.BaseUri, threads, connections, 5, script); // warm-up, not counted
                var output = await WrkAsync(app.BaseUri, threads, connections, duration, script);
                await File.WriteAllTextAsync(Path.Combine(work, results.Count + ".wrk.txt"), output);
                results.Add((name, WrkResult.Parse(output)));
            }

            var m = results[0].Result;
            var c = results[1].Result;
            var r = results[2].Result;
            report.Line($"Data set: {rows.Count} observations, {DataSet.Partitions().Count()} series (6 countries x 8 indicators) of 120 months; "
                + $"written and materialised in {Fmt.N(seedSeconds, "0.0")} s. Each request asks for one whole series ({points} points), rotating over the 48 (JSON, {Fmt.N(meanBytes / 1024, "0")} KiB on average). "
                + $"`wrk -t{threads} -c{connections} -d{duration}s --latency` after a 5 s warm-up, the published app in the runner (`{Path.GetRelativePath(Repo.Root, folder)}`).");
            report.Line();
            report.Table(
                ["path", "requests/s", "p50 ms", "p75 ms", "p90 ms", "p99 ms", "requests", "errors (non-2xx, socket)"],
                results.Select(r => (IReadOnlyList<string>)[r.Name, Fmt.N(r.Result.RequestsPerSecond, "0"), Fmt.N(r.Result.P50, "0.0"), Fmt.N(r.Result.P75, "0.0"),
                    Fmt.N(r.Result.P90, "0.0"), Fmt.N(r.Result.P99, "0.0"), r.Result.Requests.ToString(CultureInfo.InvariantCulture), r.Result.Errors.ToString(CultureInfo.InvariantCulture)]));
            report.Line("One request at a time (3 rounds over the 48 series; ms, median (min–max)): "
                + string.Join("; ", sequential.Select(q => $"{q.Name}: GET {q.Http.Describe("0.0")}, beside a Table Storage read of the same rows (SDK, in the bench process) {q.Storage.Describe("0.0")}")) + ".");
            report.Line();
            report.Line($"Materialised / computed: {Fmt.N(m.RequestsPerSecond / c.RequestsPerSecond, "0.0")}x the requests per second, p99 {Fmt.N(c.P99 / m.P99, "0.0")}x lower. Goal p99 < 50 ms: {(m.P99 < 50 ? "met" : "missed")} ({Fmt.N(m.P99, "0.0")} ms). "
                + $"Revalidated / materialised: {Fmt.N(r.RequestsPerSecond / m.RequestsPerSecond, "0.0")}x the requests per second.");
            report.Line();
        }
        finally
        {
            await azurite.DisposeAsync();
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<Stats> SequentialAsync(Uri baseUri, List<string> paths)
    {
        using var client = new HttpClient { BaseAddress = baseUri };
        var times = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            foreach (var path in paths)
            {
                var clock = Stopwatch.StartNew();
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                await response.Content.ReadAsByteArrayAsync();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return Stats.Of(times);
    }

    private static async Task<Stats> TimeEachAsync<T>(IEnumerable<SeriesKey> partitions, Func<SeriesKey, Task<T>> read)
    {
        var list = partitions.ToList();
        var times = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            foreach (var p in list)
            {
                var clock = Stopwatch.StartNew();
                await read(p);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return Stats.Of(times);
    }

    /// <summary>Both paths must serve the same series, or the comparison means nothing.</summary>
    private static async Task<int> CheckSameAnswersAsync(Uri baseUri, List<string> materialised, List<string> computed)
    {
        using var client = new HttpClient { BaseAddress = baseUri };
        var points = 0;
        for (var i = 0; i < materialised.Count; i++)
        {
            var a = await Values(client, materialised[i]);
            var b = await Values(client, computed[i]);
            if (a.Count == 0 || !a.SequenceEqual(b))
            {
                throw new InvalidOperationException($"{materialised[i]}: the materialised series ({a.Count} points) differs from the computed one ({b.Count} points).");
            }

            points = a.Count;
        }

        return points;
    }

    private static async Task<List<string>> Values(HttpClient client, string path)
    {
        using var doc = JsonDocument.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
        return [.. doc.RootElement.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("period").GetString() + "=" + p.GetProperty("value").ToString())];
    }

    private static async Task<(List<string> Tags, double MeanBytes)> ETagsAsync(Uri baseUri, List<string> paths)
    {
        using var client = new HttpClient { BaseAddress = baseUri };
        var tags = new List<string>();
        long bytes = 0;
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            tags.Add(response.Headers.ETag?.Tag ?? throw new InvalidOperationException($"{path}: no ETag."));
            bytes += (await response.Content.ReadAsByteArrayAsync()).Length;
        }

        return (tags, (double)bytes / paths.Count);
    }

    /// <param name="etags">Sent as If-None-Match with the path of the same index; none when null.</param>
    private static string LuaRotating(List<string> paths, List<string>? etags = null) =>
        "local paths = {" + string.Join(",", paths.Select(p => "\"" + p + "\"")) + "}\n"
        + (etags is null ? "" : "local tags = {" + string.Join(",", etags.Select(t => "'" + t + "'")) + "}\n")
        + "local i = 0\n"
        + "request = function()\n  i = (i % #paths) + 1\n  return wrk.format(\"GET\", paths[i]"
        + (etags is null ? "" : ", {[\"If-None-Match\"] = tags[i]}") + ")\nend\n";

    private static async Task<string> WrkAsync(Uri baseUri, int threads, int connections, int seconds, string script)
    {
        var start = new ProcessStartInfo("wrk")
        {
            ArgumentList = { $"-t{threads}", $"-c{connections}", $"-d{seconds}s", "--latency", "-s", script, baseUri.ToString() },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }

    internal sealed partial record WrkResult(double RequestsPerSecond, double P50, double P75, double P90, double P99, long Requests, long Errors)
    {
        public static WrkResult Parse(string output)
        {
            double Percentile(string p) => Millis(Regex.Match(output, @"^\s*" + p + @"%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline));
            var rps = double.Parse(Regex.Match(output, @"Requests/sec:\s+([\d.]+)").Groups[1].Value, CultureInfo.InvariantCulture);
            var requests = long.Parse(Regex.Match(output, @"(\d+) requests in").Groups[1].Value, CultureInfo.InvariantCulture);
            var non2xx = Regex.Match(output, @"Non-2xx or 3xx responses: (\d+)");
            var socket = Regex.Match(output, @"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)");
            var errors = (non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0)
                + (socket.Success ? Enumerable.Range(1, 4).Sum(g => long.Parse(socket.Groups[g].Value, CultureInfo.InvariantCulture)) : 0);
            return new WrkResult(rps, Percentile("50"), Percentile("75"), Percentile("90"), Percentile("99"), requests, errors);
        }

        private static double Millis(Match m)
        {
            var v = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            return m.Groups[2].Value switch { "us" => v / 1000, "s" => v * 1000, _ => v };
        }
    }
}
