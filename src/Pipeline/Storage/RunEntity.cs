using Azure;
using Azure.Data.Tables;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>The outcome of one ingest run of one source, for operators.</summary>
internal sealed class RunEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset FinishedAt { get; set; }
    public string Outcome { get; set; } = "";
    public int Discovered { get; set; }
    public int Fetched { get; set; }
    public int NotModified { get; set; }
    public int Parsed { get; set; }
    public int Failed { get; set; }
    public int ObservationsWritten { get; set; }
    public int Quarantined { get; set; }
    public string? LatestPeriod { get; set; }
    public string? ErrorsJson { get; set; }
    public string? WarningsJson { get; set; }
    public bool Retry { get; set; }
}
