using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Extraction.Labels;
using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Packs;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// "93 per cent of the 40,000 migrants who arrived … expressed an intention to seek asylum": the whole a share is taken
/// of counts what its own relative clause says (arrivals); the verb after that clause is the share's, not the whole's.
/// </summary>
internal static class ShareWholes
{
    private const int MaxWordsToRelative = 4;

    /// <summary>Where the whole's own words end (its relative clause's first concept), or null when the number is no such whole.</summary>
    public static int? OwnEnd(string text, NumberMention number, int clauseStart, IReadOnlyList<ConceptTag> tags)
    {
        var from = Math.Min(clauseStart, number.Start);
        if (!ShareBefore.IsMatch(text.AsSpan(from, number.Start - from)))
        {
            return null;
        }

        var relative = Relative.Match(text, number.End);
        if (!relative.Success || text[number.End..relative.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWordsToRelative)
        {
            return null;
        }

        var opens = relative.Index + relative.Length;
        return tags.Where(t => t.Start >= opens && !Framing.Contains(t.Concept)).OrderBy(t => t.Start).Select(t => (int?)t.End).FirstOrDefault();
    }

    private static readonly HashSet<string> Framing = new(["persons", "asylum-seekers", "subgroup", "composition", "antecedent", "anaphor", "region", "elsewhere", "subnational"], StringComparer.Ordinal);

    private static readonly HotRegex HotShareBefore = new(LanguagePack.Compile(
        @"\d(?:[.,]\d+)?\s*(?:%|(?:" + LanguagePacks.Words("percent") + @")(?![\p{L}]))\s*(?:" + LanguagePacks.Words("partitive") + @")(?![\p{L}])\s*(?:\p{L}+\s+)?$"));

    private static Regex ShareBefore => HotShareBefore.Regex;

    private static Regex Relative => LanguagePacks.AnyWord("relative", @"(?<![\p{L}])(?:", @")(?![\p{L}])")!;
}
