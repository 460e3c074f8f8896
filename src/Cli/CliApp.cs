using MigrationFeeds.Cli.Commands;
using MigrationFeeds.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MigrationFeeds.Cli;

/// <summary>The <c>migrationfeeds</c> command: the same services as the Functions app, from a terminal.</summary>
internal static class CliApp
{
    public const string Usage = """
        usage: migrationfeeds <command> [options]

          ingest  [--source ID] [--quiet]        run discovery, fetch, archive, parse and store; progress on stderr, a summary per source;
                                                 exit status 0, or the sum of 2 (a source failed), 4 (documents failed), 8 (a source skipped)
          series  --indicator I --country C[,C...]|WB6 --from YYYY-MM --to YYYY-MM [--site S] [--as-of YYYY-MM-DD]
                  [--source ID] [--reviewed only] [--format table|csv|json] [--hxl]
                                                 the flags column names each check a point failed (docs/series.md)
          reparse [--source ID]                  parse the archived documents again with the current parsers (no fetching)
          sources                                list the sources and their last run
          extract FILE... [--country ISO3] [--title TEXT] [--published YYYY-MM-DD] [--explain]
                                                 read figures from local files; JSON Lines on stdout

        Settings come from environment variables (Storage__ConnectionString, Fetch__Mode, Fetch__SnapshotPath,
        ReliefWeb__AppName, ...) or options written --Section:Key value.
        """;

    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "explain", "help", "hxl", "quiet" };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            var parsed = CliArguments.Parse(args, Flags);
            switch (parsed.Command)
            {
                case "extract":
                    return await ExtractCommand.RunAsync(parsed, output, error).ConfigureAwait(false);
                case "ingest":
                case "reparse":
                case "series":
                case "sources":
                    await using (var services = BuildServices(parsed))
                    {
                        return parsed.Command switch
                        {
                            "ingest" => await IngestCommand.IngestAsync(parsed, services, output, error).ConfigureAwait(false),
                            "reparse" => await IngestCommand.ReparseAsync(parsed, services, output, error).ConfigureAwait(false),
                            "series" => await SeriesCommand.RunAsync(parsed, services, output, error).ConfigureAwait(false),
                            _ => await SourcesCommand.RunAsync(services, output).ConfigureAwait(false),
                        };
                    }

                case "help" or "--help" or "-h":
                    await output.WriteLineAsync(Usage).ConfigureAwait(false);
                    return 0;
                default:
                    throw new CliUsageException($"Unknown command '{parsed.Command}'.");
            }
        }
        catch (CliUsageException e)
        {
            await error.WriteLineAsync("migrationfeeds: " + e.Message).ConfigureAwait(false);
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 64;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            await error.WriteLineAsync("migrationfeeds: settings are incomplete: " + string.Join(" ", e.Failures)).ConfigureAwait(false);
            return 78;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Not expected: runs contain their failures. Said plainly, with the EX_SOFTWARE status, rather than a crash dump.
            await error.WriteLineAsync($"migrationfeeds: {e.GetType().Name}: {e.Message}").ConfigureAwait(false);
            return 70;
        }
    }

    private static ServiceProvider BuildServices(CliArguments parsed)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddCommandLine([.. parsed.ConfigurationArgs])
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddConfiguration(configuration.GetSection("Logging"))
            .SetMinimumLevel(LogLevel.Warning));
        services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        services.AddMigrationFeeds(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
