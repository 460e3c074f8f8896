using MigrationFeeds.Parsing.Language.Packs;

namespace MigrationFeeds.Parsing.Extraction.Labels;

/// <summary>
/// Finds the concepts of the lexicon in a folded text, with the patterns of the given language packs. Where
/// patterns of different concepts overlap, the longer one wins: "refugees, asylum-seekers and migrants" is
/// persons, "assisted with accommodation" is accommodation, not a service.
/// </summary>
internal static class ConceptTagger
{
    public static IReadOnlyList<ConceptTag> Tag(string foldedText, IReadOnlyList<LanguagePack> packs)
    {
        var found = new List<ConceptTag>();
        foreach (var pack in packs)
        {
            foreach (var concept in pack.Concepts)
            {
                for (var match = concept.Matcher.Match(foldedText); match.Success; match = match.NextMatch())
                {
                    if (match.Length > 0)
                    {
                        found.Add(new ConceptTag(concept.Concept, match.Index, match.Index + match.Length, concept.Weight));
                    }
                }
            }
        }

        if (found.Count < 2)
        {
            return found;
        }

        found.Sort(static (a, b) => b.Length != a.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        var kept = new List<ConceptTag>(found.Count);
        foreach (var tag in found)
        {
            var overlaps = false;
            foreach (var k in kept)
            {
                if (tag.Start < k.End && k.Start < tag.End)
                {
                    overlaps = true;
                    break;
                }
            }

            if (!overlaps)
            {
                kept.Add(tag);
            }
        }

        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }
}
