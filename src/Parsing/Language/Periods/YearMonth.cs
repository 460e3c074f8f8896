using System.Globalization;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Language.Periods;

/// <summary>A calendar month, written <c>2022-10</c> (<see cref="PeriodText"/>); the series key their months with it.</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    /// <summary>A month written <c>2022-10</c>; false for anything else (a day, a year, an interval).</summary>
    public static bool TryParse(string? text, out YearMonth month)
    {
        if (text is { Length: 7 } && PeriodText.TryParseMonth(text, out var first))
        {
            month = From(first);
            return true;
        }

        month = default;
        return false;
    }

    /// <summary>The month of a period written <c>2022-10</c>; null for any other period.</summary>
    public static YearMonth? ParseOrNull(string? text) => TryParse(text, out var month) ? month : null;

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
