using System.Diagnostics;
using System.Globalization;
using MigrationFeeds.TestSupport;

namespace MigrationFeeds.Bench;

/// <summary>Process start to the first 200 of a function (GET /api/dashboard), several times per build of the app.</summary>
internal static class ColdStart
{
    public static async Task RunAsync(Args args, Report report)
    {
        var runs = args.Int("runs", 10);
        var builds = new List<(string Name, string Path)>
        {
            ("published: framework-dependent, JIT only (`./package.sh`), in the runner", args.Get("app") ?? Repo.Combine("bench", "out", "app")),
        };
        if (args.Get("r2r") is { } r2r && Directory.Exists(r2r))
        {
            builds.Add(("the same publish with ReadyToRun (`-p:PublishReadyToRun=true`), in the runner", r2r));
        }

        // Storage is not touched before the first query: the settings only have to validate.
        const string storage = "UseDevelopmentStorage=true";
        // Round by round, each build once per round, so load that drifts during the part falls on every build alike.
        var times = builds.Select(_ => new List<double>()).ToList();
        for (var r = -1; r < runs; r++)
        {
            for (var b = 0; b < builds.Count; b++)
            {
                var clock = Stopwatch.StartNew();
                await using var app = AppProcess.Start(builds[b].Path, FreePort.Next(), storage, "c");
                var ready = await app.WaitReadyAsync(clock, TimeSpan.FromSeconds(60));
                if (r >= 0)
                {
                    times[b].Add(ready.TotalMilliseconds); // round -1 warms the page cache and is not counted
                }
            }
        }

        var rows = new List<IReadOnlyList<string>>();
        for (var b = 0; b < builds.Count; b++)
        {
            var s = Stats.Of(times[b]);
            rows.Add([builds[b].Name, Fmt.N(s.Median, "0"), Fmt.N(s.P25, "0") + "–" + Fmt.N(s.P75, "0"), Fmt.N(s.Min, "0") + "–" + Fmt.N(s.Max, "0"), s.Count.ToString(CultureInfo.InvariantCulture)]);
        }

        report.Table(["build", "median ms", "interquartile ms", "min–max ms", "runs"], rows);
    }
}
