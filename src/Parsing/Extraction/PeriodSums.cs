using System.Globalization;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// A total followed by its months ("Of the 1,036 detected, 157 in January, 315 in February, 340 in March and 224 up
/// to 15 April"): when the figures after it count the same thing over periods that follow one another and add up to
/// it, the total is theirs together, not the first period's alone.
/// </summary>
internal static class PeriodSums
{
    private const int MinimumParts = 2;

    public static IReadOnlyList<FigureCandidate> Spanned(IReadOnlyList<FigureCandidate> figures)
    {
        var result = figures.ToList();
        for (var i = 0; i < result.Count; i++)
        {
            var total = result[i];
            if (total.Value is not { } value || total.Measure == Measures.Stock)
            {
                continue;
            }

            var parts = result.Skip(i + 1)
                .Where(f => f.Indicator == total.Indicator && f.Measure != Measures.Stock && f.Country == total.Country && f.Site == total.Site && f.Value is not null)
                .ToList();
            // Only a total that took its first part's period ("1,036 … in January 157, …") is misread; a year's or a
            // span's total beside its months already has its own period.
            if (parts.Count > 0 && parts[0].Period == total.Period && Span(parts, value) is { } span)
            {
                result[i] = total with { Period = span, Measure = Measures.Cumulative, Explanation = total.Explanation + " the sum of the periods after it" };
            }
        }

        return result;
    }

    /// <summary>The span of the first parts that add up to the value, when their periods follow one another.</summary>
    private static string? Span(List<FigureCandidate> parts, long value)
    {
        long sum = 0;
        DateOnly? first = null;
        DateOnly? last = null;
        var wholeMonths = true;
        for (var k = 0; k < parts.Count; k++)
        {
            if (Bounds(parts[k].Period) is not { } bounds || (last is { } end && bounds.From != end.AddDays(1)))
            {
                return null;
            }

            first ??= bounds.From;
            last = bounds.To;
            wholeMonths &= bounds.To.Day == DateTime.DaysInMonth(bounds.To.Year, bounds.To.Month);
            sum += parts[k].Value!.Value;
            if (sum == value)
            {
                return k + 1 < MinimumParts ? null
                    : wholeMonths ? PeriodText.Month(first.Value) + "/" + PeriodText.Month(last.Value)
                    : PeriodText.Days(first.Value, last.Value);
            }

            if (sum > value)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"2018-02" is that month; "2018-04-01/2018-04-15" and "2018-01/2018-03" their first and last days.</summary>
    private static (DateOnly From, DateOnly To)? Bounds(string period)
    {
        var slash = period.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return Day(period, first: true) is { } from && Day(period, first: false) is { } to ? (from, to) : null;
        }

        return Day(period[..slash], first: true) is { } start && Day(period[(slash + 1)..], first: false) is { } stop ? (start, stop) : null;
    }

    private static DateOnly? Day(string text, bool first)
    {
        if (PeriodText.TryParseDay(text, out var day))
        {
            return day;
        }

        if (PeriodText.TryParseMonth(text, out var month))
        {
            return first ? month : month.AddMonths(1).AddDays(-1);
        }

        return null;
    }
}
