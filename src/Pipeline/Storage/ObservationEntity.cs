using Azure;
using Azure.Data.Tables;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>One figure of one document, with everything needed to cite it.</summary>
internal sealed class ObservationEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Country { get; set; } = "";
    public string? Site { get; set; }
    public string Indicator { get; set; } = "";
    public string Measure { get; set; } = "";
    public string Period { get; set; } = "";
    public long? Value { get; set; }
    public long? Low { get; set; }
    public long? High { get; set; }
    public bool Approximate { get; set; }

    /// <summary>The reading's confidence; rows written before it was stored have none and read as 1.</summary>
    public double? Confidence { get; set; }

    public string SourceId { get; set; } = "";
    public string DocumentUrl { get; set; } = "";
    public string DocumentSha256 { get; set; } = "";
    public int Page { get; set; }
    public string Quote { get; set; } = "";
    public string ParserVersion { get; set; } = "";
    public DateTimeOffset RetrievedAt { get; set; }
    public string? Published { get; set; }

    /// <summary>True for a figure of a reconstructed snapshot document; absent for a publication fetched live.</summary>
    public bool? Reconstruction { get; set; }

    /// <summary>For a real figure of a reconstruction: the publication that states it, and when it was published.</summary>
    public string? RealUrl { get; set; }

    public string? RealPublished { get; set; }

    /// <summary>
    /// The other documents that state the same figure (JSON, see <c>StatedInColumn</c>); absent when only this row's
    /// document does, as in every row written before it existed.
    /// </summary>
    public string? AlsoStatedIn { get; set; }
}
