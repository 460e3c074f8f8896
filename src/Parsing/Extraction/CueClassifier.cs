using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>The cue rule a number answers to, the stretch of words that decided it, and whether it is an estimate.</summary>
internal sealed record CueMatch(CueRule Rule, (int Start, int End) Segment, bool Approximate);

/// <summary>
/// Gives a number the indicator of the first cue rule of the document's language whose words stand in the
/// number's own stretch (<see cref="NumberSegment"/>), in any order. Rules are tried in the order of the
/// pack, narrower ones first (intentions before applications, whose words they contain).
/// </summary>
internal static partial class CueClassifier
{
    [GeneratedRegex(@"\b(?:od\s+(?:njih|nih|niv)|medj?u\s+(?:njima|nima)|megju\s+niv|prej\s+tyre|nga\s+ata|of\s+(?:them|these|whom))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Anaphora();

    public static CueMatch? Classify(
        Sentence sentence, NumberMention number, IReadOnlyList<NumberMention> numbers, IReadOnlyList<FigureCandidate> figures,
        LanguagePack language, Regex? localClauses)
    {
        var segment = NumberSegment.Of(sentence.Text, number, numbers, localClauses);
        var words = segment.Text;
        // The sentence's own words decide; the sentence before only when this one points back to it ("od njih", "prej tyre").
        var around = Anaphora().IsMatch(sentence.Text) ? sentence.Text + " " + sentence.Previous : sentence.Text;
        foreach (var rule in language.Rules)
        {
            if (!rule.Segment.IsMatch(words)
                || rule.Also?.IsMatch(words) == false
                || rule.Not?.IsMatch(words) == true
                || rule.Context?.IsMatch(around) == false)
            {
                continue;
            }

            // A bare "… evidentirano 806" is a count of the same thing as the figure before it in the sentence.
            if (rule.Noun is not null && !rule.Noun.IsMatch(words) && !figures.Any(f => f.Indicator == rule.Indicator))
            {
                continue;
            }

            var approximate = rule.Approximate?.IsMatch(sentence.Text) == true;
            return new CueMatch(rule, (segment.LeftStart, segment.RightEnd), approximate);
        }

        return null;
    }
}
