using MigrationFeeds.Cli;

namespace MigrationFeeds.Reliability.Tests.Support;

/// <summary>The <c>migrationfeeds</c> command, in process (its entry point, as Program calls it) or as a child process.</summary>
internal sealed record CliRun(int Exit, string Output, string Error)
{
    /// <summary>The built command next to the test binaries.</summary>
    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "migrationfeeds.dll");

    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>The summary row of one source in the <c>ingest</c> table: its cells by column name.</summary>
    public IReadOnlyDictionary<string, string> Row(string sourceId)
    {
        var lines = Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = Cells(lines.First(l => l.Contains("outcome", StringComparison.Ordinal)));
        var row = Cells(lines.First(l => l.TrimStart().StartsWith(sourceId + " ", StringComparison.Ordinal)));
        return header.Zip(row).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    private static string[] Cells(string line) =>
        System.Text.RegularExpressions.Regex.Split(line.Trim(), @"\s{2,}|\s*\|\s*").Where(c => c.Length > 0).ToArray();
}
