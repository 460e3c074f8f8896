using System.Globalization;
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

    /// <summary>The first day the figures count as stale, or null when the period cannot be read.</summary>
    public DateOnly? StaleFrom(string? latestPeriod) =>
        PeriodEnd(latestPeriod) is { } end ? end.AddDays(1).AddMonths(Months + GraceMonths) : null;

    /// <summary>True when the latest period is older than the cadence plus the grace on <paramref name="today"/>.</summary>
    public bool IsStale(string? latestPeriod, DateOnly today) => StaleFrom(latestPeriod) is { } from && today >= from;

    /// <summary>The last day a period covers: <c>2022</c>, <c>2022-10</c>, <c>2022-10-31</c>, or an interval's end.</summary>
    public static DateOnly? PeriodEnd(string? period)
    {
        if (string.IsNullOrEmpty(period))
        {
            return null;
        }

        var end = period[(period.LastIndexOf('/') + 1)..];
        var c = CultureInfo.InvariantCulture;
        return end.Length switch
        {
            4 when int.TryParse(end, NumberStyles.None, c, out var year) && year is > 1900 and < 3000 => new DateOnly(year, 12, 31),
            7 when PeriodText.TryParseMonth(end, out var month) => month.AddMonths(1).AddDays(-1),
            10 when PeriodText.TryParseDay(end, out var day) => day,
            _ => null,
        };
    }
}
