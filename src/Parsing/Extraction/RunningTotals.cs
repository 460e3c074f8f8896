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
            || total.Period.Split('/') is not [_, var to] || to != PeriodText.Day(published))
        {
            return null;
        }

        var month = sentenceFigures.Where(f => f.Indicator == total.Indicator && f.Measure == Measures.Month && f.Country == total.Country
                && f.Period.Length == 7 && f.Period.StartsWith(to[..4], StringComparison.Ordinal) && string.CompareOrdinal(f.Period, to[..7]) < 0)
            .Select(f => f.Period).Distinct().ToList();
        return month is [var only] ? ToMonth(only, total.Period) : null;
    }

    /// <summary>
    /// The running total from the start of a month's year to that month ("2023-01/2023-03" for March 2023) when the span
    /// stated starts with that year and runs to the month's end or past it (a page published in April); null otherwise, and
    /// null for January, whose running total is the month itself: a total beside January's own figure runs on past it.
    /// </summary>
    public static string? ToMonth(string month, string span)
    {
        var slash = span.IndexOf('/', StringComparison.Ordinal);
        if (month.Length != 7 || slash < 0)
        {
            return null;
        }

        var (from, to) = (span[..slash], span[(slash + 1)..]);
        var yearStart = month[..4] + "-01";
        return month != yearStart && (from == yearStart || from == yearStart + "-01") && string.CompareOrdinal(to[..7], month) >= 0 ? yearStart + "/" + month : null;
    }
}
