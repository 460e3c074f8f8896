using System.Globalization;
using System.Text.RegularExpressions;

namespace MigrationFeeds.Parsing.Periods;

/// <summary>
/// What a document's own dates say: the month it reports on (from its title) and when it was
/// published. Month names without a year are resolved against them.
/// </summary>
internal sealed partial record ReportPeriod
{
    public YearMonth? ReportMonth { get; init; }
    public DateOnly? Published { get; init; }

    /// <summary>The report month from a title such as "Operational Update, October 2022"; the last month-and-year wins.</summary>
    public static YearMonth? MonthFromTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        YearMonth? found = null;
        foreach (Match match in MonthYear().Matches(title))
        {
            if (MonthNames.TryParse(match.Groups["month"].Value, out var month))
            {
                found = new YearMonth(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), month);
            }
        }

        return found;
    }

    /// <summary>
    /// The year of a month named without one: the latest such month not after the later of the report
    /// month and the publication month. "October" in a report on October 2022 is October 2022;
    /// "December" in a document published in January 2023 is December 2022.
    /// </summary>
    public YearMonth? Resolve(int month, int? year)
    {
        if (year is { } explicitYear)
        {
            return new YearMonth(explicitYear, month);
        }

        YearMonth? publishedMonth = Published is { } published ? YearMonth.From(published) : null;
        var reference = (ReportMonth, publishedMonth) switch
        {
            ({ } report, { } publication) => report > publication ? report : publication,
            ({ } report, null) => report,
            (null, { } publication) => publication,
            _ => (YearMonth?)null,
        };
        if (reference is not { } r)
        {
            return null;
        }

        return new YearMonth(month <= r.Month ? r.Year : r.Year - 1, month);
    }

    [GeneratedRegex(@"(?<month>" + MonthNames.Pattern + @")\s*,?\s*(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex MonthYear();
}
