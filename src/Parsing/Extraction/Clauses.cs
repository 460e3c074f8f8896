using System.Text.RegularExpressions;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// The clause around a position: sentences often join two statements ("2,942 were accommodated
/// …, while 300-900 are estimated to be outside …"), and each has its own subject and period.
/// </summary>
internal static partial class Clauses
{
    public static (int Start, int End) Around(string text, int position)
    {
        var start = 0;
        var end = text.Length;
        foreach (Match boundary in Boundary().Matches(text))
        {
            if (boundary.Index + boundary.Length <= position)
            {
                start = boundary.Index + boundary.Length;
            }
            else if (boundary.Index >= position)
            {
                end = boundary.Index;
                break;
            }
        }

        return (start, end);
    }

    [GeneratedRegex(@";|,\s*(?:while|whereas|but|and\s+while)\b|\s(?:while|whereas)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();
}
