namespace MigrationFeeds.Parsing.Language.Text;

/// <summary>A sentence (or a key-figure cell read as one) with where it starts.</summary>
internal sealed record Sentence
{
    public required int Page { get; init; }

    /// <summary>The page line the sentence starts on.</summary>
    public required int Line { get; init; }

    public required string Text { get; init; }

    /// <summary>True when assembled from a key-figure box or a table by position rather than read as running text.</summary>
    public bool FromLayout { get; init; }

    /// <summary>The sentence before it in the same paragraph, which "of them" or "among these" refers to.</summary>
    public string? Previous { get; init; }
}
