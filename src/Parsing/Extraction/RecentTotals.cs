namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// A sentence whose numbers add up to a figure stated just before is that figure's breakdown ("172 persons were
/// detected … Of them 149 entering and 23 leaving", "… at the border with Serbia (89), Croatia (46) and Montenegro
/// (33), and four at airports"): its figures of the same indicator, period and country are parts, not new totals.
/// </summary>
internal static class RecentTotals
{
    private const int MaxNumbers = 12;
    private const int MaxParts = 4;
    private const long MinTotal = 20;

    /// <summary>The recent figures that some two to four of the sentence's numbers add up to exactly.</summary>
    public static IReadOnlyList<FigureCandidate> Broken(IEnumerable<FigureCandidate> recent, IReadOnlyList<long> counts)
    {
        if (counts.Count is < 2 or > MaxNumbers)
        {
            return [];
        }

        return recent.Where(t => t.Site is null && t.Value is >= MinTotal && !counts.Contains(t.Value.Value) && Sums(counts, t.Value.Value, 0, MaxParts)).ToList();
    }

    /// <summary>
    /// The total a figure is a part of: same indicator, measure and period, and smaller; in the same place, or in another
    /// than a country's total (a part of BiH's total is no figure of Serbia's). A country's part of the region's total is
    /// that country's figure.
    /// </summary>
    /// <remarks>
    /// A sentence that opens by pointing back at the whole ("Of these 1409, 887 entered illegally, 20 legally …") breaks
    /// that whole down: a part whose words count persons that include the whole's (how the 1,409 applicants entered)
    /// is no count of arrivals. Parts that count fewer ("Of them, 4,617 stayed in centres, 850 outside") are figures.
    /// </remarks>
    public static FigureCandidate? PartOf(FigureCandidate figure, string country, IReadOnlyList<FigureCandidate> totals, bool pointsBack = false) =>
        figure.Site is not null || figure.Value is not { } value ? null
            : totals.FirstOrDefault(t => (t.Indicator == figure.Indicator || (pointsBack && Broader(figure.Indicator, t.Indicator)))
                && t.Measure == figure.Measure && t.Period == figure.Period
                && (t.Country == country || t.Country != Model.Countries.Region) && value < t.Value);

    private static bool Broader(string part, string whole) =>
        Model.Indicator.TryParse(part, out var p) && Model.Indicator.TryParse(whole, out var w) && p.Includes(w);

    /// <summary>Whether two to <paramref name="left"/> of the values from <paramref name="from"/> on add up to <paramref name="target"/>.</summary>
    private static bool Sums(IReadOnlyList<long> values, long target, int from, int left, int taken = 0)
    {
        if (target == 0)
        {
            return taken >= 2;
        }

        if (left == 0 || target < 0)
        {
            return false;
        }

        for (var i = from; i < values.Count; i++)
        {
            if (values[i] <= target && Sums(values, target - values[i], i + 1, left - 1, taken + 1))
            {
                return true;
            }
        }

        return false;
    }
}
