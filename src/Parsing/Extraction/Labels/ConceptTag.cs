namespace MigrationFeeds.Parsing.Extraction.Labels;

/// <summary>A concept of the lexicon found in a text, where, and how surely the words say it.</summary>
internal readonly record struct ConceptTag(string Concept, int Start, int End, double Weight)
{
    public int Length => End - Start;
}
