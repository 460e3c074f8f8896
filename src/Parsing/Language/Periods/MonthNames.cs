namespace MigrationFeeds.Parsing.Language.Periods;

/// <summary>English month names and their usual abbreviations.</summary>
internal static class MonthNames
{
    /// <summary>
    /// The alternation for building patterns. Matching is case-sensitive on the first letter so
    /// that the verb "may" is not read as a month; headings in capitals are matched separately.
    /// </summary>
    public const string Pattern =
        "January|February|March|April|May|June|July|August|September|October|November|December"
        + "|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
        + @"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
        + @"|JAN\.?|FEB\.?|MAR\.?|APR\.?|JUN\.?|JUL\.?|AUG\.?|SEPT?\.?|OCT\.?|NOV\.?|DEC\.?";

    private static readonly string[] Full =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static bool TryParse(string name, out int month)
    {
        var key = name.Trim().TrimEnd('.').ToLowerInvariant();
        for (var i = 0; i < Full.Length; i++)
        {
            if (Full[i] == key || key.Length >= 3 && Full[i].StartsWith(key, StringComparison.Ordinal) && (key.Length == 3 || key == "sept"))
            {
                month = i + 1;
                return true;
            }
        }

        month = 0;
        return false;
    }
}
