using System.ComponentModel.DataAnnotations;

namespace MigrationFeeds.Functions.Hosting;

/// <summary>Limits of the query API.</summary>
internal sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>A query still running after this is answered 503, so one slow request cannot hold a worker.</summary>
    [Range(1, 600)]
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>The Retry-After of a 503: when a client may try again after a timeout or storage it could not reach.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 30;

    /// <summary>
    /// How long a client or proxy may reuse a series answer without asking again (Cache-Control max-age); after that
    /// it revalidates with the ETag. Short, so a refresh reaches readers soon after the server's own cache sees it.
    /// </summary>
    [Range(0, 86400)]
    public int CacheMaxAgeSeconds { get; set; } = 60;

    /// <summary>Memory for serialised answers of the current series (0 keeps none); the least used go first.</summary>
    [Range(0, 4096)]
    public int SeriesAnswerCacheMegabytes { get; set; } = 64;
}
