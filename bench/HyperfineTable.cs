namespace MigrationFeeds.Bench;

/// <summary>A hyperfine --export-json file as a table, each command's time against the first's.</summary>
internal static class HyperfineTable
{
    public static void Run(Args args, Report report)
    {
        var rows = ExtractionCommand.Hyperfine(args.Get("json") ?? throw new ArgumentException("--json FILE")).ToList();
        var reference = rows.FindIndex(r => r.Name.Contains(args.Get("reference") ?? "migrationfeeds", StringComparison.Ordinal));
        var baseTime = rows[Math.Max(reference, 0)].Median;
        report.Table(
            ["command (whole process)", "seconds, median (min–max, n)", "time / ours"],
            rows.Select(r => (IReadOnlyList<string>)[$"`{r.Name}`", $"{Fmt.N(r.Median, "0.000")} ({Fmt.N(r.Min, "0.000")}–{Fmt.N(r.Max, "0.000")}, n={r.N})", Fmt.N(r.Median / baseTime, "0.00") + "x"]));
    }
}
