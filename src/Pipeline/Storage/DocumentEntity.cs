using Azure;
using Azure.Data.Tables;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>The latest known state of one document URL of one source: validators, content hash and parse outcome.</summary>
internal sealed class DocumentEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Url { get; set; } = "";
    public string Role { get; set; } = "";
    public string? Country { get; set; }
    public string ContentType { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public string? UpstreamETag { get; set; }
    public DateTimeOffset? UpstreamLastModified { get; set; }
    public DateTimeOffset RetrievedAt { get; set; }
    public string? Title { get; set; }
    public string? Published { get; set; }
    public string Status { get; set; } = "";
    public string? ParserFamily { get; set; }
    public string? ParserVersion { get; set; }
    public int FigureCount { get; set; }
    public string? IssuesJson { get; set; }

    /// <summary>For a report's text: the address of the report's primary document; absent for any other document.</summary>
    public string? TextOf { get; set; }
}

/// <summary>Values of <see cref="DocumentEntity.Status"/>.</summary>
public static class DocumentStatus
{
    /// <summary>Parsed; its figures are stored.</summary>
    public const string Parsed = "parsed";

    /// <summary>Could not be parsed; kept in the archive, no figures stored.</summary>
    public const string Failed = "failed";

    /// <summary>
    /// It took the parse worker down (a crash, its memory limit, its time budget): kept, and skipped by later runs until
    /// a newer version of its parser reads it.
    /// </summary>
    public const string Quarantined = "quarantined";

    /// <summary>Kept for the record (a report page beside its PDF); not parsed.</summary>
    public const string Archived = "archived";
}
