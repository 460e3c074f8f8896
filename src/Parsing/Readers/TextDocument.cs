namespace MigrationFeeds.Parsing.Readers;

/// <summary>A document reduced to its text: pages of numbered lines, in reading order.</summary>
public sealed record TextDocument
{
    public required IReadOnlyList<TextPage> Pages { get; init; }

    /// <summary>The document's own title (PDF metadata or first heading, HTML &lt;title&gt; or first &lt;h1&gt;).</summary>
    public string? Title { get; init; }
}
