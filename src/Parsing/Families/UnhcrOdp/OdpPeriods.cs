using System.Globalization;
using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Language.Periods;

namespace MigrationFeeds.Parsing.Families.UnhcrOdp;

/// <summary>Periods of the portal's records: from the record's <c>date</c>, never its <c>month</c> and <c>year</c> fields, which real answers contradict.</summary>
internal static partial class OdpPeriods
{
    public static bool TryReadDate(string? text, out DateOnly date) =>
        PeriodText.TryParseDay(text?.Trim(), out date);

    /// <summary>
    /// The dates the request asked for (<c>fromDate</c>, <c>toDate</c>); null when it names no upper bound. A record
    /// outside it is the latest one of an earlier month, carried forward by a geo that did not report.
    /// </summary>
    public static (DateOnly From, DateOnly To)? RequestWindow(string url)
    {
        var query = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Query.TrimStart('?') : string.Empty;
        DateOnly? from = null, to = null;
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2 && TryReadDate(Uri.UnescapeDataString(parts[1]), out var date))
            {
                if (parts[0].Equals("fromDate", StringComparison.OrdinalIgnoreCase))
                {
                    from = date;
                }
                else if (parts[0].Equals("toDate", StringComparison.OrdinalIgnoreCase))
                {
                    to = date;
                }
            }
        }

        return to is { } end ? (from ?? DateOnly.MinValue, end) : null;
    }

    /// <summary>The start a cumulative group's name states ("… since 1 January 2023", "… since January 2023").</summary>
    public static DateOnly? CumulativeStart(string groupName)
    {
        var m = Since().Match(groupName);
        if (!m.Success || !MonthNames.TryParse(m.Groups["month"].Value, out var month))
        {
            return null;
        }

        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        var day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture) : 1;
        return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>
    /// A flow from <paramref name="start"/> to <paramref name="end"/>, both days counted, as DOMAIN.md writes it:
    /// one whole month is a month, one whole year a year, whole months an interval of months, else an interval of days.
    /// </summary>
    public static (string Measure, string Period) Flow(DateOnly start, DateOnly end)
    {
        var wholeMonths = start.Day == 1 && end.Day == DateTime.DaysInMonth(end.Year, end.Month);
        if (wholeMonths && start.Year == end.Year && start.Month == end.Month)
        {
            return (Measures.Month, Month(end));
        }

        if (wholeMonths && start.Year == end.Year && start.Month == 1 && end.Month == 12)
        {
            return (Measures.Year, end.Year.ToString(CultureInfo.InvariantCulture));
        }

        return wholeMonths
            ? (Measures.Cumulative, $"{Month(start)}/{Month(end)}")
            : (Measures.Cumulative, $"{Day(start)}/{Day(end)}");
    }

    public static string Month(DateOnly date) => YearMonth.From(date).ToString();

    public static string Day(DateOnly date) => PeriodText.Day(date);

    [GeneratedRegex(@"\bsince\s+(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\s+)?(?<month>[A-Za-z]+)\.?\s+(?<year>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Since();
}
