namespace MigrationFeeds.Pipeline.Fetch;

public enum FetchStatus
{
    /// <summary>The body was read.</summary>
    Ok,

    /// <summary>The server said the document has not changed since the validators we sent.</summary>
    NotModified,

    /// <summary>No usable body: an HTTP error after retries, a timeout, a refusal by size or type.</summary>
    Failed,
}

/// <summary>Validators of a previous retrieval, for a conditional request.</summary>
public sealed record Validators(string? ETag, DateTimeOffset? LastModified);

public sealed record FetchResult
{
    public required FetchStatus Status { get; init; }
    public required Uri Url { get; init; }
    public required DateTimeOffset RetrievedAt { get; init; }
    public ReadOnlyMemory<byte> Content { get; init; }
    public string ContentType { get; init; } = "application/octet-stream";
    public string? ETag { get; init; }
    public DateTimeOffset? LastModified { get; init; }
    public int? HttpStatus { get; init; }
    public string? Error { get; init; }

    /// <summary>A failure that may pass (a 5xx, 408 or 429, a timeout, a cut connection): worth another try later. A refusal, a 4xx or an oversized body is not.</summary>
    public bool Transient { get; init; }
}
