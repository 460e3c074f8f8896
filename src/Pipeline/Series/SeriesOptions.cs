using System.ComponentModel.DataAnnotations;

namespace MigrationFeeds.Pipeline.Series;

public sealed class SeriesOptions
{
    public const string Section = "Series";

    /// <summary>
    /// Whether the series are checked (docs/series.md, "Checks"). Off, points carry no flags and a refresh reads no
    /// partner indicator: for measuring what the checks cost, or to serve a deployment while a check misbehaves.
    /// Reviewers' decisions apply either way.
    /// </summary>
    public bool ChecksEnabled { get; set; } = true;

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
    /// A month against the difference of its source's cumulative totals, and a year total against the sum of its
    /// months, may differ by this share before the point is flagged (rounding in the publications).
    /// </summary>
    [Range(0.0, 1.0)]
    public double SumTolerance { get; set; } = 0.02;

    /// <summary>A figure a later document gives differently from the first published may move by this share unflagged.</summary>
    [Range(0.0, 10.0)]
    public double RevisionTolerance { get; set; } = 0.10;

    /// <summary>Persons accommodated may exceed the places by this share (overcrowding is real) before the point is flagged.</summary>
    [Range(0.0, 10.0)]
    public double CapacityTolerance { get; set; } = 0.25;

    /// <summary>A month this many times above or below the median of the months around it is flagged as an outlier.</summary>
    [Range(1.5, 1000.0)]
    public double OutlierFactor { get; set; } = 5;

    /// <summary>No outlier is flagged where both the month and that median are below this count (small numbers jump).</summary>
    [Range(0, 1_000_000)]
    public int OutlierMinimum { get; set; } = 50;

    /// <summary>
    /// How long answers kept in memory are served before the version a refresh in another process writes is read
    /// again: the bound on how stale a current query can be after a refresh elsewhere. 0 reads it on every query.
    /// </summary>
    [Range(0, 3600)]
    public int CacheRevalidateSeconds { get; set; } = 5;

    /// <summary>
    /// Source ids in order of preference, per country and indicator (<c>Series:Precedence:BIH:arrivals = "a,b"</c>),
    /// per indicator for every country (<c>Series:Precedence:*:arrivals</c>). Sources not named follow, by kind.
    /// </summary>
    public Dictionary<string, Dictionary<string, string>> Precedence { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The tolerances of the checks, as the pure check functions take them.</summary>
    public CheckTolerances Checks() => new()
    {
        Conflict = ConflictTolerance,
        Sum = SumTolerance,
        Revision = RevisionTolerance,
        Capacity = CapacityTolerance,
        OutlierFactor = OutlierFactor,
        OutlierMinimum = OutlierMinimum,
    };
}
