using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Snapshot;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>A stored figure with its provenance: which source, which document (URL and hash), when, by which parser.</summary>
public sealed record Observation
{
    public required Figure Figure { get; init; }

    /// <summary>
    /// Where the figure stands. Its <see cref="Provenance.AlsoStatedIn"/> lists the other documents of the same report
    /// that state the same figure (the report's text beside its PDF): one observation, more than one provenance.
    /// </summary>
    public required Provenance Provenance { get; init; }

    /// <summary>A reviewer's decision in force for this figure, once applied to it when a series is built; never stored with it.</summary>
    public global::MigrationFeeds.Pipeline.Review.AppliedReview? Review { get; init; }

    /// <summary>A figure as a document states it, with its provenance: made here, once, as the figure is read.</summary>
    public static Observation Of(
        Figure figure, string sourceId, Uri documentUrl, string documentSha256, string parserVersion, DateTimeOffset retrievedAt, DateOnly? published, ReconstructionNote? reconstruction = null) => new()
    {
        Figure = figure,
        Provenance = new Provenance
        {
            SourceId = sourceId,
            DocumentUrl = documentUrl.AbsoluteUri,
            DocumentSha256 = documentSha256,
            Page = figure.Page,
            Quote = figure.Quote,
            Confidence = figure.Confidence,
            ParserVersion = parserVersion,
            RetrievedAt = retrievedAt,
            Published = published,
            Reconstruction = reconstruction is null ? null : true,
            RealPublicationUrl = reconstruction?.RealUrl,
            RealPublished = reconstruction?.RealPublished,
        },
    };
}
