using System.Globalization;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Language.Periods;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// Chooses the period of a figure among the period expressions of its sentence: the first one
/// after the number in its clause, else the nearest before it in the clause, else the same further
/// out in the sentence; comparisons never count. A sentence without any falls back to the report month.
/// </summary>
internal static partial class PeriodChooser
{
    /// <summary>The fewest days a flow may run over to be written down: "1-27 August" is, a week's arrivals are not.</summary>
    public const int MinimumFlowDays = 21;

    /// <param name="kind">Flow or stock.</param>
    /// <param name="numberStart">Where the number stands.</param>
    /// <param name="phrase">The stretch the indicator phrase covers; a period inside it ("the total for 2021 to …") comes first.</param>
    /// <param name="text">The sentence.</param>
    /// <param name="periods">The sentence's period expressions.</param>
    /// <param name="report">The document's dates.</param>
    /// <param name="localClauses">The clause joints of a local language.</param>
    /// <param name="discourse">The period the text spoke of last, for a document with no report month: a news item says its period once.</param>
    public static (string Measure, string Period)? Choose(
        IndicatorKind kind, int numberStart, (int Start, int End) phrase, string text, IReadOnlyList<PeriodMention> periods, ReportPeriod report,
        System.Text.RegularExpressions.Regex? localClauses = null, PeriodMention? discourse = null)
    {
        var (clauseStart, clauseEnd) = Clauses.Around(text, numberStart, localClauses);
        // "Only 163 lodged an application this month (209 in October)": a bracket with a number of its own dates that number.
        // A present tense dates only a stock.
        periods = periods.Where(p => !(kind == IndicatorKind.Flow && p.PresentTense) && !InAnotherNumbersBracket(text, numberStart, p)).ToList();

        // "Around 2,000 people are still stuck in Serbia since the Balkan route closed": an open start says how long a
        // state has lasted; the stock its present tense states is now.
        if (kind == IndicatorKind.Stock && periods.Any(p => p.PresentTense && p.Start >= clauseStart && p.End <= clauseEnd))
        {
            periods = periods.Where(p => !p.OpenSince).ToList();
        }

        // A compared value's own period stands right after it in its own words: "above the 4,398 counted at the end of November".
        var usable = periods.Where(p => (!p.IsComparative || (p.Start > numberStart && p.End <= phrase.End))
            && !(LeadsNextItem(text, numberStart, p) && periods.Any(q => q.End <= numberStart && q.Start >= clauseStart && !q.IsComparative))).ToList();

        // "240 persons expressed …, which brings the total for August to 1,205": a later clause with a number of its own
        // dates that number, not this one; but the day a statement was made, or a visit, is every clause's ("…, the
        // minister said on Monday").
        var othersOwn = usable.Where(p => p.Start >= clauseEnd && !(p.DatesSentence && kind == IndicatorKind.Stock) && OwnNumber(text, p, periods, localClauses)).ToList();
        usable.RemoveAll(othersOwn.Contains);

        bool InClause(PeriodMention p) => p.Start >= clauseStart && p.End <= clauseEnd;
        bool InPhrase(PeriodMention p) => p.Start >= phrase.Start && p.End <= phrase.End;
        // A present tense beside another clause's time dates only its own clause, and only where no time of its own stands.
        usable.RemoveAll(p => p.ClauseOnly && (!InClause(p) || usable.Any(q => !q.ClauseOnly && !q.IsComparative && InClause(q))));
        periods = periods.Where(p => !p.ClauseOnly || usable.Contains(p)).ToList();

        var ordered = usable.Where(InPhrase).OrderBy(p => Math.Abs(p.Start - numberStart))
            .Concat(usable.Where(p => InClause(p) && p.Start >= numberStart).OrderBy(p => p.Start))
            .Concat(usable.Where(p => InClause(p) && p.Start < numberStart).OrderByDescending(p => p.Start))
            // "The centre has 200 beds, while 80 to 150 have come each day this month, the minister said on Monday": the
            // day of the statement dates what the whole sentence says is so, before another clause's period.
            .Concat(usable.Where(p => !InClause(p) && p.DatesSentence && kind == IndicatorKind.Stock))
            .Concat(usable.Where(p => !InClause(p) && p.Start >= numberStart && !(p.DatesSentence && kind == IndicatorKind.Stock)).OrderBy(p => p.Start))
            .Concat(usable.Where(p => !InClause(p) && p.Start < numberStart).OrderByDescending(p => p.Start));

        foreach (var candidate in ordered)
        {
            if (kind == IndicatorKind.Flow && candidate.Kind == PeriodKind.Year && BoundingDay(candidate, periods, clauseEnd) is { } day)
            {
                return ToDate(day.Period);
            }

            // "In February, 184 … had been registered by 12 February": the day bounds the month the sentence names, not the year.
            if (kind == IndicatorKind.Flow && candidate is { Kind: PeriodKind.PointInTime, ToDate: true, Period.Length: 10 }
                && usable.Any(p => p is { Kind: PeriodKind.Month, IsComparative: false } && p.Period == candidate.Period[..7]))
            {
                var until = PeriodText.ParseDay(candidate.Period);
                var monthSoFar = PeriodText.Days(new DateOnly(until.Year, until.Month, 1), until);
                return until.AddDays(1).Day == 1 ? (Measures.Month, candidate.Period[..7]) : LongEnough(monthSoFar) ? (Measures.Cumulative, monthSoFar) : null;
            }

            if (Map(kind, candidate, report) is { } mapped)
            {
                return mapped;
            }

            // The period that governs a flow cannot be written down (a year still running, a week): a period further
            // away in the sentence is another figure's, so the figure is left out rather than given it.
            if (kind == IndicatorKind.Flow && candidate.Kind is PeriodKind.Year or PeriodKind.Interval or PeriodKind.Month)
            {
                return null;
            }
        }

        // Only a sentence that names no period of its own (comparisons aside) speaks of the report month; a later clause's
        // period with a number of its own is that number's ("The 1,269 new arrivals … brought the total since January to 2,712").
        if (periods.Any(p => !p.IsComparative && !othersOwn.Contains(p)))
        {
            return null;
        }

        // "Assisted 174 new arrivals, compared to 171 in the two weeks before": a flow compared with one over some weeks is
        // over as many weeks itself, not the report month.
        if (kind == IndicatorKind.Flow && periods.Any(p => p.IsComparative && p.Kind == PeriodKind.Unknown))
        {
            return null;
        }

        // A report on a visit: what it found stands at the month the visit began.
        if (report.Visit is { } visit && kind == IndicatorKind.Stock)
        {
            return (Measures.Stock, YearMonth.From(visit.From).ToString());
        }

        if (report.ReportMonth is not { } month)
        {
            // Only a flow: a stock stated without a time in a news item is not dated by the time its text spoke of before.
            return kind == IndicatorKind.Flow && discourse is { Kind: PeriodKind.Year or PeriodKind.Interval or PeriodKind.Month }
                ? Map(kind, discourse, report)
                : null;
        }

        if (report.ReportDays is { } days && !(days.From.Day == 1 && days.To.AddDays(1).Day == 1))
        {
            // A report on a few days: a stock is the last day's; a flow over less than three weeks is not written down.
            return kind == IndicatorKind.Stock
                ? (Measures.Stock, PeriodText.Day(days.To))
                : days.To.DayNumber - days.From.DayNumber + 1 >= MinimumFlowDays
                    ? (Measures.Cumulative, PeriodText.Days(days.From, days.To))
                    : null;
        }

        if (report.ReportMonths is { } months && kind == IndicatorKind.Flow)
        {
            return WholeCalendarSpan((Measures.Cumulative, months.From + "/" + months.To));
        }

        if (report.WholeYear && kind == IndicatorKind.Flow)
        {
            return (Measures.Year, month.Year.ToString(CultureInfo.InvariantCulture));
        }

        return kind == IndicatorKind.Flow ? (Measures.Month, month.ToString()) : (Measures.Stock, month.ToString());
    }

    /// <summary>
    /// "in 2020, another 15,053 new arrivals as of 15 November", "As of 15 November, 15,053 … in 2020": the one day of
    /// the same year that the sentence names up to the end of the number's clause ends the year's count there.
    /// </summary>
    private static PeriodMention? BoundingDay(PeriodMention year, IReadOnlyList<PeriodMention> periods, int clauseEnd)
    {
        var days = periods.Where(p => p.Kind == PeriodKind.PointInTime && !p.IsComparative && p.Period.Length == 10
            && p.End <= clauseEnd && p.Period.StartsWith(year.Period[..4], StringComparison.Ordinal)).ToList();
        return days.Count == 1 ? days[0] : null;
    }

    /// <summary>
    /// The period stands in brackets that the number is not in, beside a number of the brackets' own: "(from 4,000 in
    /// August)", "(163 in November)", "(against 681 in August)".
    /// </summary>
    private static bool InAnotherNumbersBracket(string text, int numberStart, PeriodMention period)
    {
        var open = text.LastIndexOf('(', Math.Max(0, period.Start - 1));
        if (open < 0 || text.IndexOf(')', open) is var close && (close < 0 || close < period.End))
        {
            return false;
        }

        if (numberStart > open && numberStart < close)
        {
            return false;
        }

        var inside = text.AsSpan(open + 1, period.Start - open - 1).ToString() + " " + text.AsSpan(period.End, close - period.End).ToString();
        return inside.Any(char.IsAsciiDigit);
    }

    /// <summary>
    /// "u siječnju je otkriveno 157 migranata, u veljači 315": a period right after a comma that follows the number,
    /// with a number of its own next, opens the next item of a list of periods; it is not this number's.
    /// </summary>
    private static bool LeadsNextItem(string text, int numberStart, PeriodMention period)
    {
        if (period.Start <= numberStart)
        {
            return false;
        }

        var between = text.AsSpan(numberStart, period.Start - numberStart);
        var comma = between.LastIndexOf(',');
        return comma >= 0 && NextItemLead().IsMatch(between[(comma + 1)..]) && NextItemNumber().IsMatch(text.AsSpan(period.End));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\p{L}+\s+)?$")]
    private static partial System.Text.RegularExpressions.Regex NextItemLead();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\p{L}+\s+){0,2}\d")]
    private static partial System.Text.RegularExpressions.Regex NextItemNumber();

    private static bool OwnNumber(string text, PeriodMention period, IReadOnlyList<PeriodMention> periods, System.Text.RegularExpressions.Regex? localClauses)
    {
        var (start, end) = Clauses.Around(text, period.Start, localClauses);
        for (var i = start; i < end; i++)
        {
            if (char.IsDigit(text[i]) && !periods.Any(p => i >= p.Start && i < p.End))
            {
                return true;
            }
        }

        return false;
    }

    public static (string Measure, string Period)? Map(IndicatorKind kind, PeriodMention period, ReportPeriod report) =>
        (kind, period.Kind) switch
        {
            (IndicatorKind.Flow, PeriodKind.PointInTime) when period.ToDate => WholeCalendarSpan(ToDate(period.Period)),
            (IndicatorKind.Flow, PeriodKind.Month) => MonthSoFar(period.Period, report),
            (IndicatorKind.Flow, PeriodKind.Interval) => LongEnough(period.Period) ? WholeCalendarSpan((Measures.Cumulative, period.Period)) : null,
            (IndicatorKind.Flow, PeriodKind.Year) => MapYear(period.Year!.Value, report),
            (IndicatorKind.Stock, PeriodKind.PointInTime or PeriodKind.Month) => (Measures.Stock, period.Period),
            (IndicatorKind.Stock, PeriodKind.Interval) when period.SoFar is { } day => (Measures.Stock, PeriodText.Day(day)),

            // "From 29 January to 4 February …" in the report on those days is the report's own span: a stock is its last day's.
            (IndicatorKind.Stock, PeriodKind.Interval) when report.ReportDays is { } days && period.Period == PeriodText.Days(days.From, days.To)
                => (Measures.Stock, PeriodText.Day(days.To)),
            _ => null,
        };

    /// <summary>
    /// A flow from January to December of one year is that year's ("since January" in a December report), and one over
    /// one whole month is that month's ("this year" in a report on January).
    /// </summary>
    internal static (string Measure, string Period) WholeCalendarSpan((string Measure, string Period) flow)
    {
        var (measure, period) = flow;
        if (measure != Measures.Cumulative)
        {
            return flow;
        }

        var year = period[..4];
        if (period == $"{year}-01/{year}-12" || period == $"{year}-01-01/{year}-12-31")
        {
            return (Measures.Year, year);
        }

        var month = period[..7];
        var wholeMonthInDays = period.Length == 21 && period[..10] == $"{month}-01" && period[11..18] == month
            && PeriodText.ParseDay(period[11..]).AddDays(1).Day == 1;
        return period == $"{month}/{month}" || wholeMonthInDays ? (Measures.Month, month) : flow;
    }

    /// <summary>An interval of whole months, or of days over at least <see cref="MinimumFlowDays"/>: a week's flow is not written down.</summary>
    private static bool LongEnough(string interval)
    {
        var slash = interval.IndexOf('/', StringComparison.Ordinal);
        if (slash != 10 || interval.Length != 21)
        {
            return true;
        }

        var from = PeriodText.ParseDay(interval[..10]);
        var to = PeriodText.ParseDay(interval[11..]);
        return to.DayNumber - from.DayNumber + 1 >= MinimumFlowDays;
    }

    /// <summary>A flow from the start of a year up to a month or a day: "2019-01/2019-05", "2019-01-01/2019-11-15", or January alone.</summary>
    private static (string, string) ToDate(string point)
    {
        var year = point[..4];
        if (point.Length == 7)
        {
            return point.EndsWith("-01", StringComparison.Ordinal) ? (Measures.Month, point) : (Measures.Cumulative, $"{year}-01/{point}");
        }

        var day = PeriodText.ParseDay(point);
        return day.AddDays(1).Day == 1
            ? ToDate(point[..7])
            : (Measures.Cumulative, $"{year}-01-01/{point}");
    }

    /// <summary>"In 2021" in a report on October 2021 is January to October; in a later report, the whole year.</summary>
    private static (string, string)? MapYear(int year, ReportPeriod report)
    {
        var yearText = year.ToString(CultureInfo.InvariantCulture);
        if (report.ReportMonth is not { } month)
        {
            // Without a report month, only a year that had ended when the document was published is read. A text with
            // no date at all names a year as a whole one: statistics and news quote a year's figure once it is over, and
            // a year so far is written as such ("this year", "since January"), which other readings take.
            // A month of that year named elsewhere in the text, short of December, says the year may not be over.
            return report.Reference is { } reference ? (year < reference.Year ? (Measures.Year, yearText) : null)
                : report.LatestMonthNamed is { } latest && latest.Year == year && latest.Month < 12 ? null
                : (Measures.Year, yearText);
        }

        if (year > month.Year)
        {
            return null;
        }

        return year < month.Year || report.WholeYear
            ? (Measures.Year, yearText)
            : report.SoFarDay is { } day && day.Year == year
                ? (Measures.Cumulative, $"{yearText}-01-01/{PeriodText.Day(day)}")
                : WholeCalendarSpan((Measures.Cumulative, $"{yearText}-01/{month}"));
    }

    /// <summary>
    /// "The total for August" in the update on 18-21 August runs from the first to the 21st: the month the report's
    /// days end in is not over. A span shorter than three weeks is not written down.
    /// </summary>
    private static (string, string)? MonthSoFar(string month, ReportPeriod report)
    {
        if (report.SoFarDay is not { } day || PeriodText.Month(day) != month)
        {
            return (Measures.Month, month);
        }

        var interval = PeriodText.Days(new DateOnly(day.Year, day.Month, 1), day);
        return LongEnough(interval) ? (Measures.Cumulative, interval) : null;
    }
}
