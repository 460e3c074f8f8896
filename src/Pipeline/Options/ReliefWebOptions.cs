using System.ComponentModel.DataAnnotations;

namespace MigrationFeeds.Pipeline.Options;

public sealed class ReliefWebOptions
{
    public const string Section = "ReliefWeb";

    /// <summary>ReliefWeb's API answers only clients with an application name it has approved.</summary>
    [Required(AllowEmptyStrings = false)]
    public string AppName { get; set; } = "";

    [Required]
    public Uri BaseUri { get; set; } = new("https://api.reliefweb.int/v2/");

    [Range(1, 1000)]
    public int PageSize { get; set; } = 100;
}
