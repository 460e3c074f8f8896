using System.ComponentModel.DataAnnotations;

namespace MigrationFeeds.Pipeline.Series;

public sealed class SeriesOptions
{
    public const string Section = "Series";

    /// <summary>Sources whose values for one point differ by more than this share of the chosen value are flagged.</summary>
    [Range(0.0, 10.0)]
    public double ConflictTolerance { get; set; } = 0.05;

    /// <summary>
    /// Source ids in order of preference, per country and indicator (<c>Series:Precedence:BIH:arrivals = "a,b"</c>),
    /// per indicator for every country (<c>Series:Precedence:*:arrivals</c>). Sources not named follow, by kind.
    /// </summary>
    public Dictionary<string, Dictionary<string, string>> Precedence { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
