using System.Globalization;

namespace MigrationFeeds.Parsing.Families.InstatPxWeb;

/// <summary>
/// How INSTAT's PxWeb tables name their categories. Codes are often Albanian words rather than numbers, and
/// labels change between releases, so a category is recognised by its code or, failing that, its label.
/// </summary>
internal static class PxCategories
{
    /// <summary>Month names in Albanian (with and without ë) and English, January first.</summary>
    private static readonly string[][] MonthNames =
    [
        ["janar", "january"], ["shkurt", "february"], ["mars", "march"], ["prill", "april"],
        ["maj", "may"], ["qershor", "june"], ["korrik", "july"], ["gusht", "august"],
        ["shtator", "september"], ["tetor", "october"], ["nentor", "november"], ["dhjetor", "december"],
    ];

    private static readonly string[] TotalWords = ["gjithsej", "total", "totali"];

    /// <summary>PX-file data symbols, as a reader would write them after the cell.</summary>
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["."] = "not applicable",
        [".."] = "not available",
        ["..."] = "confidential",
        ["...."] = "not yet available",
        ["....."] = "not published",
        ["-"] = "nil",
    };

    /// <summary>The PX symbol for a reported zero ("magnitude nil"), as opposed to a missing value.</summary>
    public const string Nil = "-";

    /// <summary>"Gjithsej", "Gjithsej në vit", "Total", "TOT": the category that sums a breakdown.</summary>
    public static bool IsTotal(string code, string label)
    {
        if (code.Equals("T", StringComparison.OrdinalIgnoreCase) || code.Equals("TOT", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return TotalWords.Contains(FirstWord(Fold(code))) || TotalWords.Contains(FirstWord(Fold(label)));
    }

    /// <summary>1 to 12 from a month code ("01", "1", "M01") or a month name in the code or label; null otherwise.</summary>
    public static int? MonthOf(string code, string label)
    {
        var digits = code.StartsWith('M') || code.StartsWith('m') ? code[1..] : code;
        if (digits.Length is 1 or 2 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n is >= 1 and <= 12 ? n : null;
        }

        foreach (var text in new[] { code, label })
        {
            var word = FirstWord(Fold(text));
            for (var m = 0; m < MonthNames.Length; m++)
            {
                if (MonthNames[m].Contains(word))
                {
                    return m + 1;
                }
            }
        }

        return null;
    }

    public static string Symbol(string status) => Symbols.TryGetValue(status, out var meaning) ? $"{status} {meaning}" : status;

    /// <summary>
    /// Lower case with Albanian's two accented letters plain ("Nëntor" → "nentor"), so spellings with and without
    /// them match; done by hand because the app runs with invariant globalization.
    /// </summary>
    private static string Fold(string text) =>
        text.ToLowerInvariant().Replace('ë', 'e').Replace('ç', 'c');

    private static string FirstWord(string text)
    {
        var trimmed = text.Trim();
        var end = trimmed.IndexOfAny([' ', '_', '-', '(', ',']);
        return end < 0 ? trimmed : trimmed[..end];
    }
}
