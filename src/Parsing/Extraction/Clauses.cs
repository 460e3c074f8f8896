using System.Text.RegularExpressions;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// The clause around a position: sentences often join two statements ("2,942 were accommodated
/// …, while 300-900 are estimated to be outside …"), and each has its own subject and period.
/// </summary>
internal static partial class Clauses
{
    /// <param name="text">The sentence.</param>
    /// <param name="position">Where the number stands.</param>
    /// <param name="local">The clause joints of the document's language ("dok", ", a", "ndërsa"), if not English.</param>
    public static (int Start, int End) Around(string text, int position, Regex? local = null)
    {
        var start = 0;
        var end = text.Length;
        var boundaries = Boundary().Matches(text).Concat(local?.Matches(text) ?? Enumerable.Empty<Match>()).OrderBy(b => b.Index);
        foreach (var boundary in boundaries)
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

    [GeneratedRegex(@";|,\s*(?:while|whereas|but|and\s+while|bringing|raising|taking)\b|\s(?:while|whereas)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();
}
