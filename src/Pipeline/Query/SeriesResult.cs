namespace MigrationFeeds.Pipeline.Query;

public sealed record SeriesResult
{
    public required string Indicator { get; init; }
    public required string Country { get; init; }
    public required string Measure { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required IReadOnlyList<SeriesPoint> Points { get; init; }
}

/// <summary>One month's value with the document, page and sentence it was read from.</summary>
public sealed record SeriesPoint
{
    public required string Period { get; init; }
    public long? Value { get; init; }
    public long? Low { get; init; }
    public long? High { get; init; }
    public bool Approximate { get; init; }
    public required string Source { get; init; }
    public required Provenance Provenance { get; init; }
}

public sealed record Provenance
{
    public required string DocumentUrl { get; init; }
    public required string DocumentSha256 { get; init; }
    public required int Page { get; init; }
    public required string Quote { get; init; }
    public string? Published { get; init; }
    public required DateTimeOffset RetrievedAt { get; init; }
    public required string ParserVersion { get; init; }
}
