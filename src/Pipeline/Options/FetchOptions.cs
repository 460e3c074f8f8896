using System.ComponentModel.DataAnnotations;

namespace MigrationFeeds.Pipeline.Options;

public enum FetchMode
{
    /// <summary>Requests go to the publishers.</summary>
    Live,

    /// <summary>Requests are answered from the recorded snapshot; nothing leaves the machine.</summary>
    Offline,
}

public sealed class FetchOptions : IValidatableObject
{
    public const string Section = "Fetch";

    public FetchMode Mode { get; set; } = FetchMode.Live;

    /// <summary>Folder holding index.json of the recorded snapshot; required offline.</summary>
    public string? SnapshotPath { get; set; }

    /// <summary>Sent with every request so publishers can tell who is asking and reach us.</summary>
    [Required]
    public string UserAgent { get; set; } = "MigrationFeeds/1.0";

    /// <summary>A URL or e-mail address publishers can contact; added to the User-Agent.</summary>
    [Required]
    public string Contact { get; set; } = "https://github.com/migrationfeeds";

    /// <summary>Documents larger than this are refused before they are read whole.</summary>
    [Range(1024, 1L << 30)]
    public long MaxDocumentBytes { get; set; } = 50L * 1024 * 1024;

    [Range(1, 600)]
    public int AttemptTimeoutSeconds { get; set; } = 60;

    /// <summary>A document whose parse takes longer is recorded as failed (a pathological PDF must not stall a run).</summary>
    [Range(0.1, 3600)]
    public double ParseTimeoutSeconds { get; set; } = 120;

    /// <summary>Live mode: requests to one host start at least this far apart (politeness towards publishers).</summary>
    [Range(0, 60_000)]
    public int PerHostDelayMilliseconds { get; set; } = 1000;

    /// <summary>First back-off of the retries of a failed request; later ones grow exponentially, and Retry-After wins.</summary>
    [Range(0.01, 60)]
    public double RetryBaseDelaySeconds { get; set; } = 2;

    /// <summary>
    /// Tests only: the loopback port of the fake upstream, the one loopback address a fetch may reach. Unset, no fetch
    /// reaches loopback, private or link-local addresses.
    /// </summary>
    [Range(1, 65535)]
    public int? TestLoopbackPort { get; set; }

    /// <summary>Redirects followed for one request, each checked like the first address.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Mode == FetchMode.Offline && string.IsNullOrWhiteSpace(SnapshotPath))
        {
            yield return new ValidationResult("Fetch:SnapshotPath is required when Fetch:Mode is Offline.", [nameof(SnapshotPath)]);
        }
    }
}
