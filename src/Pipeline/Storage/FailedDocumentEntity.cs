using Azure;
using Azure.Data.Tables;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>One failed document of one source and its retry schedule (see <see cref="FailedDocument"/>).</summary>
internal sealed class FailedDocumentEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Url { get; set; } = "";
    public string Role { get; set; } = "";
    public string Country { get; set; } = "";
    public string? Title { get; set; }
    public string? Published { get; set; }
    public string? BodyMediaType { get; set; }
    public string? BodyContent { get; set; }
    public int Attempts { get; set; }
    public string LastErrorCode { get; set; } = "";
    public string LastError { get; set; } = "";
    public DateTimeOffset FirstFailedAt { get; set; }
    public DateTimeOffset LastAttemptAt { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
}
