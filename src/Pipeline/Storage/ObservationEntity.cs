using Azure;
using Azure.Data.Tables;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>One figure of one document, with everything needed to cite it (the provenance columns, see <see cref="ProvenanceColumns"/>).</summary>
internal sealed class ObservationEntity : ProvenanceColumns, ITableEntity
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

    public string SourceId { get; set; } = "";

    /// <summary>
    /// The other documents that state the same figure (JSON, see <c>StatedInColumn</c>); absent when only this row's
    /// document does, as in every row written before it existed.
    /// </summary>
    public string? AlsoStatedIn { get; set; }
}
