using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Packs;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// A total followed by its parts ("312 persons …: 287 in Vinojug and 25 in Tabanovce", "4.931 lice, od čega
/// 2.104 u prihvatnim centrima"): a part of the same indicator and period that names no site is not a new total.
/// </summary>
internal static class Breakdowns
{
    public static IReadOnlyList<FigureCandidate> WithoutParts(IReadOnlyList<FigureCandidate> figures)
    {
        var kept = new List<FigureCandidate>();
        foreach (var figure in figures)
        {
            // A part placed elsewhere than its total ("… in Europe, of which 61,735 on the Western Balkan route") is a figure of its own place.
            var total = kept.FirstOrDefault(t => t.Site is null && figure.Site is null && t.Country == figure.Country && t.Scope == figure.Scope
                && t.Indicator == figure.Indicator && t.Measure == figure.Measure && t.Period == figure.Period
                && t.Start < figure.Start && (t.Value is null || figure.Value is null || figure.Value <= t.Value)
                && Marker.IsMatch(figure.Sentence.Text[(t.Start + t.Length)..figure.Start]));
            if (total is null)
            {
                kept.Add(figure);
            }
        }

        return kept;
    }

    // "312 persons …: 287 in Vinojug", "of whom", "od čega", "prej tyre": the words that open a breakdown, in every pack.
    private static readonly Regex Marker = LanguagePacks.AnyWord("breakdown", @"(?:(?<![\p{L}])|(?=:))(?:", @")(?![\p{L}])")!;
}
