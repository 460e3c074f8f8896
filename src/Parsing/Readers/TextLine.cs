namespace MigrationFeeds.Parsing.Readers;

/// <summary>One line of text on a page, normalised (spaces, hyphenation at line ends).</summary>
public sealed record TextLine
{
    /// <summary>1-based within its page.</summary>
    public required int Number { get; init; }

    public required string Text { get; init; }

    /// <summary>
    /// Lines of the same block (paragraph, cell, box) share this index; a sentence rarely
    /// crosses a block boundary.
    /// </summary>
    public required int Block { get; init; }

    /// <summary>Median font size of the line in points; 0 when unknown (HTML).</summary>
    public double FontSize { get; init; }
}
