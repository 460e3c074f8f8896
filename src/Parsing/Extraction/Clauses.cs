using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Packs;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// The clause around a position: sentences often join two statements ("2,942 were accommodated
/// …, while 300-900 are estimated to be outside …"), and each has its own subject and period.
/// </summary>
internal static class Clauses
{
    /// <param name="text">The sentence.</param>
    /// <param name="position">Where the number stands.</param>
    /// <param name="local">The clause joints of the document's language ("dok", ", a", "ndërsa"); English's when null.</param>
    public static (int Start, int End) Around(string text, int position, Regex? local = null)
    {
        var start = 0;
        var end = text.Length;
        foreach (var (index, length) in Boundaries(text, local))
        {
            if (index + length <= position)
            {
                start = index + length;
            }
            else if (index >= position)
            {
                end = index;
                break;
            }
        }

        return (start, end);
    }

    // Every number of a sentence, and every rule tried on it, asks for its clause: the sentence's joints are
    // found once. Per thread, as parsers may run side by side.
    [ThreadStatic]
    private static (string Text, Regex? Local, List<(int Index, int Length)> Boundaries)? _last;

    private static List<(int Index, int Length)> Boundaries(string text, Regex? local)
    {
        if (_last is { } last && ReferenceEquals(last.Text, text) && ReferenceEquals(last.Local, local))
        {
            return last.Boundaries;
        }

        var boundaries = (local ?? EnglishJoints).Matches(text).AsEnumerable()
            .OrderBy(b => b.Index)
            .Select(b => (b.Index, b.Length))
            .ToList();
        _last = (text, local, boundaries);
        return boundaries;
    }

    private static Regex EnglishJoints => LanguagePacks.English.WordRegex("clause")!;
}
