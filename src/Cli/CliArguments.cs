namespace MigrationFeeds.Cli;

/// <summary>Positional arguments and <c>--name value</c> options of one command line.</summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    private CliArguments(string command) => Command = command;

    public string Command { get; }
    public List<string> Positional { get; } = [];

    /// <summary>Options that configure the pipeline itself (<c>--Storage:ConnectionString …</c>), passed to configuration.</summary>
    public List<string> ConfigurationArgs { get; } = [];

    public static CliArguments Parse(string[] args, IReadOnlySet<string> flagNames)
    {
        var parsed = new CliArguments(args.Length > 0 ? args[0] : "help");
        for (var i = 1; i < args.Length; i++)
        {
            var a = args[i];
            if (!a.StartsWith("--", StringComparison.Ordinal))
            {
                parsed.Positional.Add(a);
                continue;
            }

            var name = a[2..];
            if (name.Contains(':', StringComparison.Ordinal))
            {
                parsed.ConfigurationArgs.Add(a);
                if (i + 1 < args.Length)
                {
                    parsed.ConfigurationArgs.Add(args[++i]);
                }
            }
            else if (flagNames.Contains(name))
            {
                parsed.flags.Add(name);
            }
            else if (i + 1 < args.Length)
            {
                parsed.options[name] = args[++i];
            }
            else
            {
                throw new CliUsageException($"--{name} needs a value.");
            }
        }

        return parsed;
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
