using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Snapshot;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>A stored figure with its provenance: which source, which document (URL and hash), when, by which parser.</summary>
public sealed record Observation
{
    private readonly Figure figure = null!;

    /// <summary>
    /// The figure as read, its country, indicator, period and numbers as strings and longs. Its typed parts
    /// (<see cref="Period"/>, <see cref="Country"/>, <see cref="Indicator"/>, <see cref="Quantity"/>) are parsed here,
    /// once, whenever it is set: as the figure is read, as its row is read back, and when a correction replaces it.
    /// </summary>
    public required Figure Figure
    {
        get => figure;
        init
        {
            figure = value;
            Period = global::MigrationFeeds.Parsing.Model.Period.TryParse(value.Measure, value.Period, out var period) ? period : null;
            Country = CountryCode.TryParse(value.Country, out var country) ? country : null;
            Indicator = global::MigrationFeeds.Parsing.Model.Indicator.TryParse(value.Indicator, out var indicator) ? indicator : null;
            Quantity = global::MigrationFeeds.Parsing.Model.Quantity.Of(value);
        }
    }

    /// <summary>The figure's period with its measure; null when its text is not one of its measure's forms (DOMAIN.md), and then it is in no series.</summary>
    public Period? Period { get; private init; }

    /// <summary>Null for a code not of the six or WB6.</summary>
    public CountryCode? Country { get; private init; }

    /// <summary>Null for a code not of the vocabulary.</summary>
    public Indicator? Indicator { get; private init; }

    /// <summary>The figure's value or range; null when it states neither.</summary>
    public Quantity? Quantity { get; private init; }

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
