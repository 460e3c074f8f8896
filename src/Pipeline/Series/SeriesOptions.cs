using System.ComponentModel.DataAnnotations;

namespace MigrationFeeds.Pipeline.Series;

public sealed class SeriesOptions
{
    public const string Section = "Series";

    /// <summary>Sources whose values for one point differ by more than this share of the chosen value are flagged.</summary>
    [Range(0.0, 10.0)]
    public double ConflictTolerance { get; set; } = 0.05;

    /// <summary>
    /// Figures read with less confidence than this are kept and shown by /api/observations and /api/points, but no
    /// series is built from them.
    /// </summary>
    [Range(0.0, 1.0)]
    public double ConfidenceFloor { get; set; } = 0.7;

    /// <summary>
    /// How long series kept in memory are served before the version a refresh in another process writes is read
    /// again: the bound on how stale a current query can be after a refresh elsewhere. 0 reads it on every query.
    /// </summary>
    [Range(0, 3600)]
    public int CacheRevalidateSeconds { get; set; } = 5;

    /// <summary>
    /// Source ids in order of preference, per country and indicator (<c>Series:Precedence:BIH:arrivals = "a,b"</c>),
    /// per indicator for every country (<c>Series:Precedence:*:arrivals</c>). Sources not named follow, by kind.
    /// </summary>
    public Dictionary<string, Dictionary<string, string>> Precedence { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
