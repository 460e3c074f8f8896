namespace MigrationFeeds.Bench;

/// <summary>Command and --name value options.</summary>
internal sealed class Args
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);

    public Args(string[] args)
    {
        Command = args.Length > 0 ? args[0] : "help";
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i][2..]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
            }
            else
            {
                Positional.Add(args[i]);
            }
        }
    }

    public string Command { get; }

    public List<string> Positional { get; } = [];

    public string? Get(string name) => options.GetValueOrDefault(name);

    public int Int(string name, int fallback) =>
        options.TryGetValue(name, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
