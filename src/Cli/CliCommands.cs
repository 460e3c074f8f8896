using System.CommandLine;
using System.CommandLine.Help;

namespace MigrationFeeds.Cli;

/// <summary>The commands of <c>migrationfeeds</c> and their options, as the parser and <c>--help</c> know them.</summary>
internal static class CliCommands
{
    public const string Name = "migrationfeeds";

    public const string Settings = """
        Settings come from environment variables (Storage__ConnectionString, Fetch__Mode, Fetch__SnapshotPath,
        ReliefWeb__AppName, ...) or options written --Section:Key value. With no storage setting, the commands use
        the local storage emulator that ./run.sh starts (ports 10000 and 10002, or AZURITE_BLOB_PORT and AZURITE_TABLE_PORT).
        """;

    /// <summary>The command tree; <paramref name="run"/> runs a parsed command (its name and arguments) and gives its exit status.</summary>
    public static Command Build(Func<ParseResult, CancellationToken, Task<int>> run)
    {
        // Named, not after the process: in tests and under 'dotnet migrationfeeds.dll' help still says 'migrationfeeds'.
        var root = new Command(Name, "MigrationFeeds from a terminal: the same services as the Functions app.\n\n" + Settings)
        {
            new HelpOption(), new VersionOption(),
        };
        Command[] commands =
        [
            new("ingest", "Run discovery, fetch, archive, parse and store; progress on stderr, a summary per source. Exit status 0, "
                + "or the sum of 2 (a source failed), 4 (documents failed), 8 (a source skipped).")
            {
                Source(), Flag("--quiet", "No progress on stderr."),
            },
            new("retry", "Fetch and parse again the failed documents whose next attempt is due (5xx, timeouts, cut connections), "
                + "each source under its lease; then list the documents still waiting or given up on. Exit status as for ingest.")
            {
                Flag("--quiet", "No progress on stderr."),
            },
            new("reparse", "Parse the archived documents again with the current parsers (no fetching).") { Source() },
            new("series", "The monthly series with provenance.")
            {
                Valued("--indicator", "The indicator (arrivals, asylum_intentions, ...)."),
                Valued("--country", "One or more countries, comma-separated (BIH,SRB), or WB6 for the region."),
                Valued("--from", "First month, YYYY-MM."),
                Valued("--to", "Last month, YYYY-MM."),
                Valued("--site", "One site (a reception centre)."),
                Valued("--as-of", "The series as it was known on this date, YYYY-MM-DD."),
                Source(),
                Valued("--reviewed", "only: serve only points a person confirmed or corrected."),
                Valued("--format", "table (the default), csv or json; the table's flags column names each check a point failed (docs/series.md)."),
                Flag("--hxl", "With --format csv: a row of HXL hashtags under the header."),
            },
            new("sources", "List the sources, their last run, last success, latest period and whether their figures are stale."),
            new("extract", "Read figures from local PDF, HTML or text files; JSON Lines on stdout.")
            {
                Files(),
                Valued("--country", "The default country (ISO3) of figures whose country the text does not give."),
                Valued("--title", "The document's title."),
                Valued("--published", "The document's publication date, YYYY-MM-DD."),
                Flag("--explain", "Write on stderr why each number was read or skipped."),
            },
        ];
        foreach (var command in commands)
        {
            command.SetAction(run);
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>File names; a word that looks like an option is one this command does not know, not a file.</summary>
    private static Argument<string[]> Files()
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.ZeroOrMore, Description = "The files to read." };
        files.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value.StartsWith('-')))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        return files;
    }

    private static Option<string> Source() => Valued("--source", "Only this source (an id that 'sources' lists).");

    private static Option<string> Valued(string name, string description) => new(name) { Description = description };

    private static Option<bool> Flag(string name, string description) => new(name) { Description = description };
}
