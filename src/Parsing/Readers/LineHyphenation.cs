using System.Text.RegularExpressions;

namespace MigrationFeeds.Parsing.Readers;

/// <summary>
/// Rejoins words split across consecutive lines of one block ("ar-" + "rivals" → "arrivals").
/// The rest of the word moves up to the first line so that each line stays readable on its own.
/// A hyphen is kept when the document writes the same compound unbroken elsewhere
/// ("asylum-" + "seekers" stays "asylum-seekers").
/// </summary>
internal static partial class LineHyphenation
{
    public static IReadOnlyList<string> Join(IReadOnlyList<string> lines, ISet<string> knownCompounds)
    {
        var result = lines.ToList();
        for (var i = 0; i < result.Count - 1; i++)
        {
            // Both breaks below end their line with a dash; most lines do not, and need no pattern tried.
            if (result[i].Length == 0 || result[i][^1] is not ('-' or '–'))
            {
                continue;
            }

            // A range broken after its dash ("between 300-" + "900 persons") is one token again.
            var range = RangeEnd().Match(result[i]);
            var rangeTail = LeadingNumber().Match(result[i + 1]);
            if (range.Success && rangeTail.Success)
            {
                result[i] += rangeTail.Groups["number"].Value;
                result[i + 1] = result[i + 1][rangeTail.Length..].TrimStart();
                continue;
            }

            var head = HyphenatedEnd().Match(result[i]);
            if (!head.Success)
            {
                continue;
            }

            var next = result[i + 1];
            var tail = LeadingWord().Match(next);
            if (!tail.Success || !char.IsLower(tail.Groups["word"].Value[0]))
            {
                continue;
            }

            var left = head.Groups["left"].Value;
            var right = tail.Groups["word"].Value;
            var keepHyphen = knownCompounds.Contains(left + "-" + TrailingPunctuation().Replace(right, string.Empty));
            var joined = keepHyphen ? left + "-" + right : left + right;

            result[i] = result[i][..head.Index] + joined;
            result[i + 1] = next[tail.Length..].TrimStart();
        }

        return result;
    }

    /// <summary>Hyphenated compounds written whole on one line, lower-cased, e.g. "asylum-seekers".</summary>
    public static ISet<string> CollectCompounds(IEnumerable<string> lines)
    {
        var compounds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            if (!line.Contains('-', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match match in Compound().Matches(line))
            {
                compounds.Add(match.Value);
            }
        }

        return compounds;
    }

    [GeneratedRegex(@"\d[-–]$")]
    private static partial Regex RangeEnd();

    [GeneratedRegex(@"^(?<number>\d[\d,.]*)\s*")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"(?<left>\p{L}[\p{L}\p{M}]*)-$")]
    private static partial Regex HyphenatedEnd();

    [GeneratedRegex(@"^(?<word>\p{L}[\p{L}\p{M}]*[^\s]*)\s*")]
    private static partial Regex LeadingWord();

    [GeneratedRegex(@"[^\p{L}\p{M}]+$")]
    private static partial Regex TrailingPunctuation();

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}]*-\p{L}[\p{L}\p{M}]*")]
    private static partial Regex Compound();
}
