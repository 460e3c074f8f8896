using System.Globalization;
using MigrationFeeds.Parsing.Language.Packs;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// The largest value a figure of each indicator and measure can plausibly have (bounds.txt): a value above it counts
/// something else (a border's whole traffic, a continent's total) or is two numbers read as one.
/// </summary>
internal static class PlausibleBounds
{
    private static readonly IReadOnlyDictionary<(string Indicator, string Measure), long> Largest =
        LanguagePacks.DataLines("bounds.txt")
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(p => (p[0], p[1]), p => long.Parse(p[2], CultureInfo.InvariantCulture));

    /// <summary>
    /// True when the figure's value, or the top of its range, is above its indicator's bound. A span of months may
    /// count no more than a month's bound for each of its months: two months of a border's traffic are no arrivals.
    /// </summary>
    public static bool Exceeds(FigureCandidate figure)
    {
        var value = figure.High ?? figure.Value;
        if (Largest.TryGetValue((figure.Indicator, figure.Measure), out var largest) && value > largest)
        {
            return true;
        }

        return figure.Measure == Model.Measures.Cumulative && Months(figure.Period) is { } months
            && Largest.TryGetValue((figure.Indicator, Model.Measures.Month), out var monthly) && value > monthly * months;
    }

    /// <summary>The months a span covers ("2020-04/2020-05", "2015-01-01/2015-10-27"), or null when it is no span.</summary>
    private static int? Months(string period)
    {
        var slash = period.IndexOf('/', StringComparison.Ordinal);
        if (slash < 7 || period.Length < slash + 8
            || !int.TryParse(period.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y1)
            || !int.TryParse(period.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m1)
            || !int.TryParse(period.AsSpan(slash + 1, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y2)
            || !int.TryParse(period.AsSpan(slash + 6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m2))
        {
            return null;
        }

        return Math.Max(1, ((y2 - y1) * 12) + m2 - m1 + 1);
    }
}
