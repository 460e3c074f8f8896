using System.CommandLine;
using MigrationFeeds.Cli.Commands;
using MigrationFeeds.Pipeline;
using MigrationFeeds.Pipeline.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MigrationFeeds.Cli;

/// <summary>The <c>migrationfeeds</c> command: the same services as the Functions app, from a terminal.</summary>
internal static class CliApp
{
    /// <summary>EX_USAGE: the command line was wrong.</summary>
    public const int UsageError = 64;

    /// <summary>EX_UNAVAILABLE: storage could not be reached.</summary>
    public const int Unavailable = 69;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var (commandLine, settings) = CliArguments.SplitSettings(args);
        if (commandLine is [] or ["help", ..])
        {
            // As before the parser: no command, or 'help [command]', prints the help.
            commandLine = [.. commandLine.Skip(1), "--help"];
        }

        var root = CliCommands.Build((result, _) => RunCommandAsync(CliArguments.From(result, settings), output, error));
        var parsed = root.Parse(commandLine, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            return await UsageAsync(parsed.CommandResult.Command, string.Join(" ", parsed.Errors.Select(e => e.Message)), error).ConfigureAwait(false);
        }

        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parsed.InvokeAsync(invocation).ConfigureAwait(false);
        }
        catch (CliUsageException e)
        {
            return await UsageAsync(parsed.CommandResult.Command, e.Message, error).ConfigureAwait(false);
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

    private static async Task<int> RunCommandAsync(CliArguments parsed, TextWriter output, TextWriter error)
    {
        if (parsed.Command == "extract")
        {
            return await ExtractCommand.RunAsync(parsed, output, error).ConfigureAwait(false);
        }

        var configuration = Configuration(parsed);
        if (LocalEmulator.IsUnset(configuration))
        {
            var emulator = LocalEmulator.FromEnvironment();
            if (await emulator.ProblemAsync(CancellationToken.None).ConfigureAwait(false) is { } problem)
            {
                await error.WriteLineAsync("migrationfeeds: " + problem).ConfigureAwait(false);
                return Unavailable;
            }

            configuration = new ConfigurationBuilder()
                .AddConfiguration(configuration)
                .AddInMemoryCollection([new("Storage:ConnectionString", emulator.ConnectionString)])
                .Build();
        }

        if (parsed.Command is "series" or "sources" && configuration["ReliefWeb:AppName"] is null)
        {
            // These commands only read storage and never ask ReliefWeb, whose sources the services still build.
            configuration = new ConfigurationBuilder()
                .AddConfiguration(configuration)
                .AddInMemoryCollection([new("ReliefWeb:AppName", "migrationfeeds-cli-read-only")])
                .Build();
        }

        await using var services = BuildServices(configuration);
        // The CLI has no host to start its hosted services: the stores are created here, once, as the app's host does.
        await services.GetRequiredService<StorageInitializer>().TryCreateAsync(CancellationToken.None).ConfigureAwait(false);
        return parsed.Command switch
        {
            "ingest" => await IngestCommand.IngestAsync(parsed, services, output, error).ConfigureAwait(false),
            "reparse" => await IngestCommand.ReparseAsync(parsed, services, output, error).ConfigureAwait(false),
            "retry" => await RetryCommand.RunAsync(parsed, services, output, error).ConfigureAwait(false),
            "series" => await SeriesCommand.RunAsync(parsed, services, output, error).ConfigureAwait(false),
            _ => await SourcesCommand.RunAsync(services, output).ConfigureAwait(false),
        };
    }

    private static async Task<int> UsageAsync(Command command, string message, TextWriter error)
    {
        var isRoot = command.Name == CliCommands.Name;
        var path = isRoot ? CliCommands.Name : CliCommands.Name + " " + command.Name;
        var files = command.Arguments.Count > 0 ? " FILE..." : "";
        await error.WriteLineAsync("migrationfeeds: " + message).ConfigureAwait(false);
        await error.WriteLineAsync(isRoot
            ? "usage: migrationfeeds <command> [options]; 'migrationfeeds --help' lists the commands."
            : $"usage: {path}{files} [options]; '{path} --help' lists them.").ConfigureAwait(false);
        return UsageError;
    }

    private static IConfigurationRoot Configuration(CliArguments parsed) => new ConfigurationBuilder()
        .AddEnvironmentVariables()
        .AddCommandLine([.. parsed.ConfigurationArgs])
        .Build();

    private static ServiceProvider BuildServices(IConfiguration configuration)
    {
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
