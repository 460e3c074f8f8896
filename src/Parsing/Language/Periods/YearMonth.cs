using System.Globalization;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Language.Periods;

/// <summary>A calendar month, written <c>2022-10</c>.</summary>
internal readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public YearMonth AddMonths(int months)
    {
        var index = Year * 12 + (Month - 1) + months;
        return new YearMonth(index / 12, index % 12 + 1);
    }

    public int DaysInMonth => DateTime.DaysInMonth(Year, Month);

    public static YearMonth From(DateOnly date) => new(date.Year, date.Month);

    public int CompareTo(YearMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static bool operator <(YearMonth left, YearMonth right) => left.CompareTo(right) < 0;
    public static bool operator >(YearMonth left, YearMonth right) => left.CompareTo(right) > 0;
    public static bool operator <=(YearMonth left, YearMonth right) => left.CompareTo(right) <= 0;
    public static bool operator >=(YearMonth left, YearMonth right) => left.CompareTo(right) >= 0;

    public override string ToString() => PeriodText.Month(Year, Month);
}
