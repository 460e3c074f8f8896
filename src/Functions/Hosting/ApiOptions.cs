using System.ComponentModel.DataAnnotations;

namespace MigrationFeeds.Functions.Hosting;

/// <summary>Limits of the query API.</summary>
internal sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>A query still running after this is answered 503, so one slow request cannot hold a worker.</summary>
    [Range(1, 600)]
    public int RequestTimeoutSeconds { get; set; } = 30;
}
