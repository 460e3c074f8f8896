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

    /// <summary>True when the figure's value, or the top of its range, is above its indicator's bound.</summary>
    public static bool Exceeds(FigureCandidate figure) =>
        Largest.TryGetValue((figure.Indicator, figure.Measure), out var largest) && (figure.High ?? figure.Value) > largest;
}
