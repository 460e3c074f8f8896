using MigrationFeeds.Parsing.Language.Packs;

namespace MigrationFeeds.Parsing.Extraction.Labels;

/// <summary>
/// Finds the concepts of the lexicon in a folded text, with the patterns of the given language packs. Where
/// patterns of different concepts overlap, the longer one wins: "refugees, asylum-seekers and migrants" is
/// persons, "assisted with accommodation" is accommodation, not a service.
/// </summary>
internal static class ConceptTagger
{
    // A sentence is tagged again as the one before the next, and headings, cells and labels more than once: half
    // the calls of a document repeat one before. The tags depend on the text and the packs only. Per thread, as
    // parsers may run side by side; emptied when full, so it holds the texts of one stretch of one document.
    private const int Remembered = 64;

    [ThreadStatic]
    private static Dictionary<(string Text, IReadOnlyList<LanguagePack> Packs), IReadOnlyList<ConceptTag>>? _recent;

    public static IReadOnlyList<ConceptTag> Tag(string foldedText, IReadOnlyList<LanguagePack> packs)
    {
        _recent ??= new(new TextAndPacks());
        if (_recent.TryGetValue((foldedText, packs), out var known))
        {
            return known;
        }

        if (_recent.Count >= Remembered)
        {
            _recent.Clear();
        }

        var tags = Find(foldedText, packs);
        _recent[(foldedText, packs)] = tags;
        return tags;
    }

    private static IReadOnlyList<ConceptTag> Find(string foldedText, IReadOnlyList<LanguagePack> packs)
    {
        var found = new List<ConceptTag>();
        var screened = RequiredWords.CanScreen(foldedText);
        foreach (var pack in packs)
        {
            foreach (var concept in pack.Concepts)
            {
                // Asked for at every text, so that the pattern grows hot as soon as it did before the words were looked for.
                var matcher = concept.Matcher;

                // Most patterns find nothing in a sentence: a search for their words tells most of those apart.
                if (screened && !concept.MayMatch(foldedText))
                {
                    continue;
                }

                // Bounds only: a match's groups are not read.
                foreach (var match in matcher.EnumerateMatches(foldedText))
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

    /// <summary>The same text read with the same list of packs (the lists are shared, so compared by reference).</summary>
    private sealed class TextAndPacks : IEqualityComparer<(string Text, IReadOnlyList<LanguagePack> Packs)>
    {
        public bool Equals((string Text, IReadOnlyList<LanguagePack> Packs) x, (string Text, IReadOnlyList<LanguagePack> Packs) y) =>
            ReferenceEquals(x.Packs, y.Packs) && string.Equals(x.Text, y.Text, StringComparison.Ordinal);

        public int GetHashCode((string Text, IReadOnlyList<LanguagePack> Packs) obj) =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(obj.Text), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Packs));
    }
}
