namespace MigrationFeeds.Parsing.Model;

/// <summary>An expected data problem found while reading a document: a code, where, and a short quote.</summary>
public sealed record ParseIssue
{
    public required string Code { get; init; }
    public required string Message { get; init; }
    public int? Page { get; init; }
    public int? Line { get; init; }
    public string? Quote { get; init; }
}

/// <summary>Codes of <see cref="ParseIssue"/>; stable, since operators filter on them.</summary>
public static class ParseIssueCodes
{
    public const string Unreadable = "unreadable";
    public const string NotPdf = "not_pdf";
    public const string Empty = "empty";
    public const string NoFigures = "no_figures";
    public const string PeriodUnknown = "period_unknown";
    public const string Ambiguous = "ambiguous";

    /// <summary>Parsing took longer than the per-document budget and was abandoned.</summary>
    public const string Timeout = "timeout";
}
