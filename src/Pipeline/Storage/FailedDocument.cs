using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>
/// A document whose last attempt failed for a passing reason, and when it is tried again. Kept after the attempts are
/// used up (<see cref="GaveUp"/>), so an operator still sees it; a later success removes it.
/// </summary>
public sealed record FailedDocument
{
    public required string SourceId { get; init; }

    /// <summary>What discovery said of the document, so a retry fetches it as the scheduled run did.</summary>
    public required DiscoveredDocument Document { get; init; }

    /// <summary>Failed attempts so far, the scheduled run's included.</summary>
    public required int Attempts { get; init; }

    /// <summary>A short code: <c>http-503</c>, <c>network</c> (a timeout or a cut connection), or the exception's type.</summary>
    public required string LastErrorCode { get; init; }

    public required string LastError { get; init; }

    public required DateTimeOffset FirstFailedAt { get; init; }

    public required DateTimeOffset LastAttemptAt { get; init; }

    /// <summary>When the next attempt is due; null once the document is given up on.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    public bool GaveUp => NextAttemptAt is null;
}
