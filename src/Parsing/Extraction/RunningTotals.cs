using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// A running total stated beside a month's figure of the same flow ("In March, 1,212 arrivals were registered, bringing the
/// total since the beginning of the year to 2,900"): "since the beginning of the year" runs to the page's day, but the total
/// the sentence brings up to date is the one at the end of the month it reports.
/// </summary>
internal static class RunningTotals
{
    /// <summary>The running total's period clipped to the month's end ("2023-01/2023-03"), or null when it is not such a total.</summary>
    public static string? ToMonthOf(FigureCandidate total, IReadOnlyList<FigureCandidate> sentenceFigures, ReportPeriod report)
    {
        if (total.Measure != Measures.Cumulative || report.Published is not { } published
            || total.Period.Split('/') is not [var from, var to] || to != PeriodText.Day(published)
            || from != PeriodText.Day(new DateOnly(published.Year, 1, 1)))
        {
            return null;
        }

        var month = sentenceFigures.Where(f => f.Indicator == total.Indicator && f.Measure == Measures.Month && f.Country == total.Country
                && f.Period.Length == 7 && f.Period.StartsWith(from[..4], StringComparison.Ordinal) && string.CompareOrdinal(f.Period, to[..7]) < 0)
            .Select(f => f.Period).Distinct().ToList();
        return month is [var only] ? from[..7] + "/" + only : null;
    }
}
