using System.CommandLine;

namespace MigrationFeeds.Cli;

/// <summary>
/// What one command was given: the values of the options on its command line (not their defaults), its file
/// arguments, and the <c>--Section:Key value</c> settings passed on to configuration.
/// </summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    private CliArguments(string command, IReadOnlyList<string> configurationArgs)
    {
        Command = command;
        ConfigurationArgs = configurationArgs;
    }

    public string Command { get; }
    public List<string> Positional { get; } = [];

    /// <summary>Options that configure the pipeline itself (<c>--Storage:ConnectionString …</c>), passed to configuration.</summary>
    public IReadOnlyList<string> ConfigurationArgs { get; }

    public static CliArguments From(ParseResult result, IReadOnlyList<string> configurationArgs)
    {
        var command = result.CommandResult.Command;
        var parsed = new CliArguments(command.Name, configurationArgs);
        foreach (var option in command.Options)
        {
            if (result.GetResult(option) is not { Implicit: false })
            {
                continue;
            }

            var name = option.Name.TrimStart('-');
            if (option is Option<bool> flag)
            {
                if (result.GetValue(flag))
                {
                    parsed.flags.Add(name);
                }
            }
            else if (option is Option<string> valued && result.GetValue(valued) is { } value)
            {
                parsed.options[name] = value;
            }
        }

        foreach (var argument in command.Arguments.OfType<Argument<string[]>>())
        {
            parsed.Positional.AddRange(result.GetValue(argument) ?? []);
        }

        return parsed;
    }

    /// <summary>
    /// Takes the settings (<c>--Section:Key value</c> or <c>--Section:Key=value</c>) out of a command line: they go to
    /// configuration, the rest to the parser.
    /// </summary>
    public static (string[] Command, string[] Configuration) SplitSettings(IReadOnlyList<string> args)
    {
        var command = new List<string>();
        var configuration = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            var name = a.StartsWith("--", StringComparison.Ordinal) ? a[2..].Split('=', 2)[0] : "";
            if (!name.Contains(':', StringComparison.Ordinal))
            {
                command.Add(a);
            }
            else if (a.Contains('=', StringComparison.Ordinal))
            {
                configuration.AddRange(["--" + name, a[(name.Length + 3)..]]);
            }
            else
            {
                configuration.Add(a);
                if (i + 1 < args.Count)
                {
                    configuration.Add(args[++i]);
                }
            }
        }

        return ([.. command], [.. configuration]);
    }

    public string? Get(string name) => options.GetValueOrDefault(name);

    public bool Has(string flag) => flags.Contains(flag);

    public IEnumerable<string> OptionNames => options.Keys;
}

internal sealed class CliUsageException : Exception
{
    public CliUsageException() { }
    public CliUsageException(string message) : base(message) { }
    public CliUsageException(string message, Exception inner) : base(message, inner) { }
}
