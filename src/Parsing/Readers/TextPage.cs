namespace MigrationFeeds.Parsing.Readers;

/// <summary>One page of a <see cref="TextDocument"/>. HTML documents have a single page.</summary>
public sealed record TextPage
{
    /// <summary>1-based.</summary>
    public required int Number { get; init; }

    public required IReadOnlyList<TextLine> Lines { get; init; }

    /// <summary>
    /// The words as positioned on the page (PDF only; empty for HTML), for layouts whose text
    /// stream is out of visual order, such as key-figure boxes.
    /// </summary>
    public IReadOnlyList<PageWord> Words { get; init; } = [];

    /// <summary>The tables of an HTML page, cell by cell (empty for PDF, whose tables are read from <see cref="Words"/>).</summary>
    public IReadOnlyList<TextTable> Tables { get; init; } = [];
}
