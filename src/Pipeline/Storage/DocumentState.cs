using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>What the pipeline knows of one document URL after its latest retrieval.</summary>
public sealed record DocumentState
{
    public required string SourceId { get; init; }
    public required Uri Url { get; init; }
    public required string Role { get; init; }

    /// <summary>The country discovery assigned, used again when the document is re-parsed.</summary>
    public CountryCode? Country { get; init; }
    public required string ContentType { get; init; }
    public required string Sha256 { get; init; }
    public string? UpstreamETag { get; init; }
    public DateTimeOffset? UpstreamLastModified { get; init; }
    public required DateTimeOffset RetrievedAt { get; init; }
    public string? Title { get; init; }
    public DateOnly? Published { get; init; }
    public required string Status { get; init; }
    public string? ParserFamily { get; init; }
    public string? ParserVersion { get; init; }
    public int FigureCount { get; init; }
    public IReadOnlyList<ParseIssue> Issues { get; init; } = [];

    /// <summary>For a report's text: the report's primary document, whose figures it is merged with (see <c>DocumentRole.ReportText</c>).</summary>
    public Uri? TextOf { get; init; }
}
