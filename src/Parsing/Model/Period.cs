using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MigrationFeeds.Parsing.Model;

/// <summary>How a value relates to its period: the measures of the shared vocabulary (<see cref="Measures"/>).</summary>
public enum PeriodMeasure
{
    /// <summary>A flow during one calendar month, <c>2022-10</c>.</summary>
    Month,

    /// <summary>A flow during one calendar year, <c>2022</c>.</summary>
    Year,

    /// <summary>A flow over an interval of months or days, <c>2018-01/2022-10</c> or <c>2022-08-01/2022-08-28</c>.</summary>
    Cumulative,

    /// <summary>A count on a date, <c>2022-10-31</c>, or <c>2022-10</c> when only the month is known (its end).</summary>
    Stock,
}

/// <summary>
/// A figure's period with its measure, parsed once from the text the vocabulary writes (DOMAIN.md) and written back as
/// exactly that text: the span it covers (first and last day; one day for a stock) and whether it is written in whole
/// months or in days.
/// </summary>
public readonly record struct Period : IComparable<Period>
{
    private Period(PeriodMeasure measure, DateOnly first, DateOnly last, bool inDays)
    {
        Measure = measure;
        First = first;
        Last = last;
        InDays = inDays;
    }

    public PeriodMeasure Measure { get; }

    /// <summary>The first day the period covers; for a stock, its date.</summary>
    public DateOnly First { get; }

    /// <summary>The last day the period covers; for a stock, its date (a month's end when only the month is known).</summary>
    public DateOnly Last { get; }

    /// <summary>Written with days (<c>2022-10-31</c>, <c>2022-08-01/2022-08-28</c>) rather than in whole months or a year.</summary>
    public bool InDays { get; }

    /// <summary>The measure's code, as <see cref="Measures"/> writes it.</summary>
    public string MeasureCode => Measure switch
    {
        PeriodMeasure.Month => Measures.Month,
        PeriodMeasure.Year => Measures.Year,
        PeriodMeasure.Cumulative => Measures.Cumulative,
        _ => Measures.Stock,
    };

    public static Period Month(int year, int month) => new(PeriodMeasure.Month, new DateOnly(year, month, 1), EndOfMonth(year, month), inDays: false);

    public static Period Year(int year) => new(PeriodMeasure.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), inDays: false);

    /// <summary>An interval of whole months, from the first month's first day to the last month's last.</summary>
    public static Period Months(DateOnly firstMonth, DateOnly lastMonth) =>
        new(PeriodMeasure.Cumulative, new DateOnly(firstMonth.Year, firstMonth.Month, 1), EndOfMonth(lastMonth.Year, lastMonth.Month), inDays: false);

    public static Period Days(DateOnly first, DateOnly last) => new(PeriodMeasure.Cumulative, first, last, inDays: true);

    public static Period StockOn(DateOnly day) => new(PeriodMeasure.Stock, day, day, inDays: true);

    /// <summary>A stock of which only the month is known: counted at its end.</summary>
    public static Period StockAtEndOf(int year, int month)
    {
        var end = EndOfMonth(year, month);
        return new(PeriodMeasure.Stock, end, end, inDays: false);
    }

    public static bool TryParseMeasure([NotNullWhen(true)] string? code, out PeriodMeasure measure)
    {
        (var known, measure) = code switch
        {
            Measures.Month => (true, PeriodMeasure.Month),
            Measures.Year => (true, PeriodMeasure.Year),
            Measures.Cumulative => (true, PeriodMeasure.Cumulative),
            Measures.Stock => (true, PeriodMeasure.Stock),
            _ => (false, default),
        };
        return known;
    }

    /// <summary>A period as DOMAIN.md writes it for its measure; false for any other text, or an interval that ends before it starts.</summary>
    public static bool TryParse(string? measure, string? text, out Period period)
    {
        period = default;
        if (!TryParseMeasure(measure, out var kind) || text is null)
        {
            return false;
        }

        switch (kind)
        {
            case PeriodMeasure.Month when text.Length == 7 && PeriodText.TryParseMonth(text, out var month):
                period = Month(month.Year, month.Month);
                return true;
            case PeriodMeasure.Year when text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1:
                period = Year(year);
                return true;
            case PeriodMeasure.Stock when text.Length == 7 && PeriodText.TryParseMonth(text, out var month):
                period = StockAtEndOf(month.Year, month.Month);
                return true;
            case PeriodMeasure.Stock when text.Length == 10 && PeriodText.TryParseDay(text, out var day):
                period = StockOn(day);
                return true;
            case PeriodMeasure.Cumulative:
                return TryParseInterval(text, out period);
            default:
                return false;
        }
    }

    public static Period Parse(string measure, string text) =>
        TryParse(measure, text, out var period) ? period : throw new FormatException($"'{text}' is not a period of the measure '{measure}'.");

    /// <summary>
    /// A period read from its text alone, where no measure is stored beside it: a year (<c>2022</c>), a month as a
    /// flow (<c>2022-10</c>), a day as a stock (<c>2022-10-31</c>) or an interval. Written back, each is the same text;
    /// a month that was a stock's needs its measure to read as one (<see cref="TryParse"/>).
    /// </summary>
    public static bool TryParseText(string? text, out Period period)
    {
        period = default;
        return text?.Length switch
        {
            4 => TryParse(Measures.Year, text, out period),
            7 => TryParse(Measures.Month, text, out period),
            10 => TryParse(Measures.Stock, text, out period),
            null => false,
            _ => TryParse(Measures.Cumulative, text, out period),
        };
    }

    public override string ToString() => Measure switch
    {
        PeriodMeasure.Month => PeriodText.Month(First),
        PeriodMeasure.Year => First.Year.ToString("D4", CultureInfo.InvariantCulture),
        PeriodMeasure.Cumulative when InDays => PeriodText.Days(First, Last),
        PeriodMeasure.Cumulative => PeriodText.Month(First) + "/" + PeriodText.Month(Last),
        _ => InDays ? PeriodText.Day(Last) : PeriodText.Month(Last),
    };

    /// <summary>
    /// By the day the period ends, then the day it starts (the longer first); at the same day, one written with the day
    /// before one written as the month, which means the month's end as the last thing known of it.
    /// </summary>
    public int CompareTo(Period other)
    {
        var c = Last.CompareTo(other.Last);
        if (c == 0)
        {
            c = First.CompareTo(other.First);
        }

        if (c == 0)
        {
            c = other.InDays.CompareTo(InDays);
        }

        return c != 0 ? c : Measure.CompareTo(other.Measure);
    }

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    private static bool TryParseInterval(string text, out Period period)
    {
        period = default;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || text.IndexOf('/', slash + 1) >= 0)
        {
            return false;
        }

        var (start, end) = (text[..slash], text[(slash + 1)..]);
        if (start.Length == 7 && end.Length == 7 && PeriodText.TryParseMonth(start, out var firstMonth) && PeriodText.TryParseMonth(end, out var lastMonth) && firstMonth <= lastMonth)
        {
            period = Months(firstMonth, lastMonth);
            return true;
        }

        if (start.Length == 10 && end.Length == 10 && PeriodText.TryParseDay(start, out var first) && PeriodText.TryParseDay(end, out var last) && first <= last)
        {
            period = Days(first, last);
            return true;
        }

        return false;
    }

    private static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
}
