using System.ComponentModel.DataAnnotations;

namespace MigrationFeeds.Pipeline.Options;

/// <summary>
/// Where tables and blobs live. A connection string is for Azurite only; in Azure the service URIs
/// are used with the app's managed identity, so no key ever sits in settings.
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    public string? ConnectionString { get; set; }
    public Uri? BlobServiceUri { get; set; }
    public Uri? TableServiceUri { get; set; }

    /// <summary>Prefixed to every table and container name, so tests and environments can share an account.</summary>
    [RegularExpression("^[a-z][a-z0-9]{0,15}$|^$")]
    public string NamePrefix { get; set; } = "";

    /// <summary>Retries of one storage request by the SDK (exponential back-off from <see cref="RetryDelaySeconds"/>).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    [Range(0.01, 60)]
    public double RetryDelaySeconds { get; set; } = 0.8;

    /// <summary>A storage request that has not answered after this is abandoned (and retried).</summary>
    [Range(1, 600)]
    public double NetworkTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// How long an ingest waits out storage that cannot be reached (a blip, a restart), retrying each write, before the
    /// source's run fails. The query API does not wait: it answers 503 with Retry-After.
    /// </summary>
    [Range(0, 3600)]
    public double OutageToleranceSeconds { get; set; } = 60;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasConnection = !string.IsNullOrWhiteSpace(ConnectionString);
        var hasUris = BlobServiceUri is not null && TableServiceUri is not null;
        if (!hasConnection && !hasUris)
        {
            yield return new ValidationResult(
                "Set Storage:ConnectionString (Azurite) or both Storage:BlobServiceUri and Storage:TableServiceUri (managed identity).",
                [nameof(ConnectionString), nameof(BlobServiceUri), nameof(TableServiceUri)]);
        }
    }
}
