namespace MigrationFeeds.Pipeline.Discovery;

/// <summary>The fields of a ReliefWeb report the pipeline uses.</summary>
public sealed record ReliefWebReport
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required Uri PageUrl { get; init; }
    public DateOnly? Published { get; init; }
    public required IReadOnlyList<ReliefWebFile> Files { get; init; }

    /// <summary>The report's text as the listing gives it (<c>body-html</c>, else <c>body</c> as paragraphs); null when it has none.</summary>
    public string? TextHtml { get; init; }
}

public sealed record ReliefWebFile(Uri Url, string? MimeType, string? FileName);

/// <summary>One page of a reports listing.</summary>
public sealed record ReliefWebPage(int TotalCount, IReadOnlyList<ReliefWebReport> Reports);
