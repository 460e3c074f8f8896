using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// How often a source publishes (<see cref="Months"/>) and how long after a period its figures may take to appear
/// (<see cref="GraceMonths"/>). A source whose latest period ended longer ago than both together is stale: a run that
/// "succeeded" while the publisher stopped, or our reading of it broke, is not healthy.
/// </summary>
public sealed record SourceCadence(string Name, int Months, int GraceMonths)
{
    /// <summary>Monthly figures, published within about six weeks of the month's end.</summary>
    public static SourceCadence Monthly { get; } = new("monthly", 1, 2);

    /// <summary>Monthly figures from a statistical office, published two or three months after the month.</summary>
    public static SourceCadence MonthlyStatistics { get; } = new("monthly", 1, 4);

    /// <summary>Yearly figures, released during the next year.</summary>
    public static SourceCadence Yearly { get; } = new("yearly", 12, 7);

    /// <summary>The first day the figures count as stale, or null when no period is known: the day after the period's last, plus the cadence and grace.</summary>
    public DateOnly? StaleFrom(Period? latestPeriod) =>
        latestPeriod is { } period ? period.Last.AddDays(1).AddMonths(Months + GraceMonths) : null;

    /// <summary>True when the latest period is older than the cadence plus the grace on <paramref name="today"/>.</summary>
    public bool IsStale(Period? latestPeriod, DateOnly today) => StaleFrom(latestPeriod) is { } from && today >= from;
}
