namespace MigrationFeeds.Parsing.Readers;

/// <summary>A table of an HTML page as rows of cell texts, with the page line its first row was read into.</summary>
public sealed record TextTable
{
    public required IReadOnlyList<IReadOnlyList<string>> Rows { get; init; }

    /// <summary>The page line of the table's first cell; lines before it hold its caption.</summary>
    public required int Line { get; init; }
}
