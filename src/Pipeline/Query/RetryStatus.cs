using MigrationFeeds.Pipeline.Storage;

namespace MigrationFeeds.Pipeline.Query;

/// <summary>A failed document as /api/status shows it: waiting for its next attempt, or given up on.</summary>
public sealed record RetryStatus
{
    public required Uri Url { get; init; }
    public required int Attempts { get; init; }
    public required string LastErrorCode { get; init; }
    public required string LastError { get; init; }
    public required DateTimeOffset FirstFailedAt { get; init; }
    public required DateTimeOffset LastAttemptAt { get; init; }
    public DateTimeOffset? NextAttemptAt { get; init; }
    public required bool GaveUp { get; init; }

    public static RetryStatus From(FailedDocument failed) => new()
    {
        Url = failed.Document.Url,
        Attempts = failed.Attempts,
        LastErrorCode = failed.LastErrorCode,
        LastError = failed.LastError,
        FirstFailedAt = failed.FirstFailedAt,
        LastAttemptAt = failed.LastAttemptAt,
        NextAttemptAt = failed.NextAttemptAt,
        GaveUp = failed.GaveUp,
    };
}
