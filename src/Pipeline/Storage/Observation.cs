using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Snapshot;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>A stored figure with its provenance: which source, which document (URL and hash), when, by which parser.</summary>
public sealed record Observation
{
    public required Figure Figure { get; init; }
    public required string SourceId { get; init; }
    public required Uri DocumentUrl { get; init; }
    public required string DocumentSha256 { get; init; }
    public required string ParserVersion { get; init; }
    public required DateTimeOffset RetrievedAt { get; init; }
    public DateOnly? Published { get; init; }

    /// <summary>Set for a figure of a reconstructed snapshot document; null for a publication fetched live.</summary>
    public ReconstructionNote? Reconstruction { get; init; }

    /// <summary>
    /// The same figure as other documents of the same report state it (the report's text beside its PDF), each with its
    /// own document, page and quote: one observation, more than one provenance. Empty for a figure one document states.
    /// </summary>
    public IReadOnlyList<Observation> AlsoStatedIn { get; init; } = [];

    /// <summary>A reviewer's decision in force for this figure, once applied to it when a series is built; never stored with it.</summary>
    public global::MigrationFeeds.Pipeline.Review.AppliedReview? Review { get; init; }
}
