using System.Globalization;

namespace MigrationFeeds.Parsing.Model;

/// <summary>
/// How the project writes a date and a month in its periods, keys, settings and answers: <c>2022-10-31</c>,
/// <c>2022-10</c>, and an interval of days <c>2022-08-01/2022-08-28</c> (docs/DOMAIN vocabulary). Every place that writes
/// or reads them exactly goes through here, so the format lives in one place.
/// </summary>
public static class PeriodText
{
    public const string DayFormat = "yyyy-MM-dd";
    public const string MonthFormat = "yyyy-MM";

    public static string Day(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    /// <summary>The UTC date of an instant.</summary>
    public static string Day(DateTimeOffset instant) => Day(DateOnly.FromDateTime(instant.UtcDateTime));

    public static string Month(DateOnly day) => day.ToString(MonthFormat, CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Days(DateOnly from, DateOnly to) => Day(from) + "/" + Day(to);

    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, DayFormat, CultureInfo.InvariantCulture);

    /// <summary>A month written <c>2022-10</c>, as its first day.</summary>
    public static bool TryParseMonth(string? text, out DateOnly firstDay) =>
        TryParseDay(text is null ? null : text + "-01", out firstDay);

    public static DateOnly ParseMonth(string text) => ParseDay(text + "-01");
}
