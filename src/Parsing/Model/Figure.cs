namespace MigrationFeeds.Parsing.Model;

/// <summary>
/// One number a document states about one country (optionally one site), for one indicator,
/// measure and period, with where it stands in the document.
/// </summary>
public sealed record Figure
{
    public required string Country { get; init; }
    public string? Site { get; init; }
    public required string Indicator { get; init; }
    public required string Measure { get; init; }

    /// <summary>As in DOMAIN.md: <c>2022-10</c>, <c>2022</c>, <c>2018-01/2022-10</c>, <c>2022-10-31</c>.</summary>
    public required string Period { get; init; }

    /// <summary>Null when the document gives a range (then <see cref="Low"/> and <see cref="High"/> are set).</summary>
    public long? Value { get; init; }
    public long? Low { get; init; }
    public long? High { get; init; }
    public bool Approximate { get; init; }

    /// <summary>1-based page; 1 for HTML and plain text.</summary>
    public required int Page { get; init; }

    /// <summary>The sentence or cell the figure was read from, at most 200 characters.</summary>
    public required string Quote { get; init; }

    /// <summary>
    /// How sure the reading is, 0–1: 1 for a figure a structured source states; for one read from text, what its
    /// words, its period and its place say together (docs/extraction.md). Series use only figures above a floor.
    /// </summary>
    public double Confidence { get; init; } = 1;
}
