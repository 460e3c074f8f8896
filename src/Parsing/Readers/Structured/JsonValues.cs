using System.Globalization;
using System.Text.Json;

namespace MigrationFeeds.Parsing.Readers.Structured;

/// <summary>Reading the loosely typed fields of humanitarian APIs: numbers sent as strings, "-" or "" for missing, nulls.</summary>
internal static class JsonValues
{
    /// <summary>Rows (or cells) one answer may have; ours have a few hundred to a few thousand.</summary>
    public const int MaxRows = 100_000;

    /// <summary>The issue of an answer with more rows than <see cref="MaxRows"/>; null when it has no more.</summary>
    public static Model.ParseIssue? TooManyRows(JsonElement array, string what) =>
        array.GetArrayLength() > MaxRows
            ? new Model.ParseIssue { Code = Model.ParseIssueCodes.TooLarge, Message = $"The answer has {array.GetArrayLength():N0} {what}; answers of more than {MaxRows:N0} are not read." }
            : null;

    /// <summary>The member as text (strings as they are, numbers as written); null when absent or null.</summary>
    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var p)
            ? p.ValueKind switch
            {
                JsonValueKind.String => p.GetString(),
                JsonValueKind.Number => p.GetRawText(),
                _ => null,
            }
            : null;

    /// <summary>
    /// A whole, non-negative count from a number or a numeric string ("1234", "1,234"); <c>Missing</c> when the
    /// field is absent, null, empty or "-"; <c>Invalid</c> when it holds something else.
    /// </summary>
    public static (CountState State, long Value) Count(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return (CountState.Missing, 0);
        }

        if (p.ValueKind == JsonValueKind.Number)
        {
            return p.TryGetInt64(out var n) && n >= 0 ? (CountState.Present, n)
                : p.TryGetDouble(out var d) && d >= 0 && d == Math.Floor(d) && d < long.MaxValue / 2 ? (CountState.Present, (long)d)
                : (CountState.Invalid, 0);
        }

        if (p.ValueKind != JsonValueKind.String)
        {
            return (CountState.Invalid, 0);
        }

        var text = p.GetString()!.Trim();
        if (text is "" or "-" or "..")
        {
            return (CountState.Missing, 0);
        }

        return long.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var parsed) && parsed >= 0
            ? (CountState.Present, parsed)
            : (CountState.Invalid, 0);
    }
}

internal enum CountState
{
    Missing,
    Present,
    Invalid,
}
