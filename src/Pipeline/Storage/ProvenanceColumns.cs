using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>
/// A <see cref="Provenance"/> as stored: the columns of an observation row, and each entry of its <c>AlsoStatedIn</c>
/// column (JSON, same names). The one mapping between the record and what is stored; the source is the row's.
/// </summary>
internal class ProvenanceColumns
{
    public string DocumentUrl { get; set; } = "";
    public string DocumentSha256 { get; set; } = "";
    public int Page { get; set; }
    public string Quote { get; set; } = "";

    /// <summary>The reading's confidence; rows written before it was stored have none and read as 1.</summary>
    public double? Confidence { get; set; }

    public string ParserVersion { get; set; } = "";
    public DateTimeOffset RetrievedAt { get; set; }
    public string? Published { get; set; }

    /// <summary>True for a figure of a reconstructed snapshot document; absent for a publication fetched live.</summary>
    public bool? Reconstruction { get; set; }

    /// <summary>For a real figure of a reconstruction: the publication that states it, and when it was published.</summary>
    public string? RealUrl { get; set; }

    public string? RealPublished { get; set; }

    public static T Of<T>(Provenance p, T columns)
        where T : ProvenanceColumns
    {
        columns.DocumentUrl = p.DocumentUrl;
        columns.DocumentSha256 = p.DocumentSha256;
        columns.Page = p.Page;
        columns.Quote = EntityLimits.Fit(p.Quote)!;
        columns.Confidence = p.Confidence;
        columns.ParserVersion = p.ParserVersion;
        columns.RetrievedAt = p.RetrievedAt;
        columns.Published = p.Published is { } published ? PeriodText.Day(published) : null;
        columns.Reconstruction = p.Reconstruction;
        columns.RealUrl = p.RealPublicationUrl;
        columns.RealPublished = p.RealPublished;
        return columns;
    }

    public Provenance ToProvenance(string sourceId) => new()
    {
        SourceId = sourceId,
        DocumentUrl = new Uri(DocumentUrl).AbsoluteUri,
        DocumentSha256 = DocumentSha256,
        Page = Page,
        Quote = Quote,
        Confidence = Confidence ?? 1,
        ParserVersion = ParserVersion,
        RetrievedAt = RetrievedAt,
        Published = Published is null ? null : PeriodText.ParseDay(Published),
        Reconstruction = Reconstruction == true ? true : null,
        RealPublicationUrl = Reconstruction == true ? RealUrl : null,
        RealPublished = Reconstruction == true ? RealPublished : null,
    };
}
