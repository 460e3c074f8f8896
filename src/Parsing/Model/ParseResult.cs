namespace MigrationFeeds.Parsing.Model;

/// <summary>What a parser read from one document. A failed result carries no figures.</summary>
public sealed record ParseResult
{
    public required IReadOnlyList<Figure> Figures { get; init; }
    public required IReadOnlyList<ParseIssue> Issues { get; init; }

    /// <summary>True when the document could not be read at all; its figures are then empty.</summary>
    public bool Failed { get; init; }

    public static ParseResult Failure(ParseIssue issue) => new() { Figures = [], Issues = [issue], Failed = true };
}
