namespace MigrationFeeds.Pipeline;

/// <summary>
/// Values that must never be written down: the ReliefWeb application name ReliefWeb approved for us. It is registered
/// once at start (from the validated settings) and replaced wherever text leaves the process: logs, stored URLs,
/// messages, archived bodies.
/// </summary>
public static class Secrets
{
    public const string Placeholder = "[appname]";

    private static volatile string[] values = [];

    /// <summary>Registers a value to redact (and its URL-encoded form); values of a few characters are not (they would blank common words).</summary>
    public static void Register(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length < 6)
        {
            return;
        }

        var encoded = Uri.EscapeDataString(value);
        lock (typeof(Secrets))
        {
            values = [.. values.Concat([value, encoded]).Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length)];
        }
    }

    /// <summary>The text with every registered value replaced by <see cref="Placeholder"/>.</summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var value in values)
        {
            text = text.Replace(value, Placeholder, StringComparison.Ordinal);
        }

        return text;
    }

    public static bool Contains(ReadOnlySpan<char> text)
    {
        foreach (var value in values)
        {
            if (text.Contains(value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
