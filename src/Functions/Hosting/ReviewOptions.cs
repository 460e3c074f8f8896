using System.ComponentModel.DataAnnotations;

namespace MigrationFeeds.Functions.Hosting;

/// <summary>Who may record a review decision (docs/deploy.md, "Review").</summary>
internal sealed class ReviewOptions
{
    public const string Section = "Review";

    /// <summary>The reviewer is the configured <see cref="LocalReviewer"/>; request headers are never read.</summary>
    public const string Local = "Local";

    /// <summary>
    /// The reviewer is the person App Service Authentication signed in, from the client-principal header the platform
    /// sets, and only when the platform says its authentication runs in front of the app (it then strips that header
    /// from what clients send).
    /// </summary>
    public const string AppServiceAuthentication = "AppServiceAuthentication";

    [Required]
    [RegularExpression("^(Local|AppServiceAuthentication)$", ErrorMessage = "Review:Identity is Local or AppServiceAuthentication.")]
    public string Identity { get; set; } = Local;

    /// <summary>Local mode only: the name decisions are recorded under. Without it, local mode refuses every decision.</summary>
    [MaxLength(100)]
    public string? LocalReviewer { get; set; }
}
