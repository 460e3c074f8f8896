using System.Globalization;
using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Language.Periods;

/// <summary>
/// What a document's own dates say: the month it reports on (from its title) and when it was
/// published. Month names without a year are resolved against them.
/// </summary>
internal sealed partial record ReportPeriod
{
    public YearMonth? ReportMonth { get; init; }
    public DateOnly? Published { get; init; }

    /// <summary>
    /// The document reports on a whole year ("Statistički pregled za 2021. godinu"): its report month is that
    /// December, and a flow stated without a period is the year's.
    /// </summary>
    public bool WholeYear { get; init; }

    /// <summary>The later of the report month and the publication month: what "in 2022" and "in October" are read against.</summary>
    public YearMonth? Reference
    {
        get
        {
            YearMonth? published = Published is { } p ? YearMonth.From(p) : null;
            return (ReportMonth, published) switch
            {
                ({ } r, { } q) => r > q ? r : q,
                ({ } r, null) => r,
                (null, { } q) => q,
                _ => null,
            };
        }
    }

    /// <summary>The report month from a title in a local language ("za jun 2022. godine", "во октомври 2022").</summary>
    public static YearMonth? MonthFromTitle(string? title, LanguagePack? language)
    {
        var english = MonthFromTitle(title);
        if (english is not null || language is null || string.IsNullOrWhiteSpace(title))
        {
            return english;
        }

        YearMonth? found = null;
        foreach (Match match in LocalPeriods.For(language).Month.Matches(FoldedText.Fold(title).Text))
        {
            if (match.Groups["year"].Success && language.Months.TryGetValue(match.Groups["month"].Value, out var month))
            {
                found = new YearMonth(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), month);
            }
        }

        return found;
    }

    /// <summary>The year of a title that names a year and no month ("… u 2021. godini", "Annual report 2021").</summary>
    public static int? YearFromTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var years = TitleYear().Matches(title).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        return years.Count == 1 ? years[0] : null;
    }

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

        if (Reference is not { } r)
        {
            return null;
        }

        return new YearMonth(month <= r.Month ? r.Year : r.Year - 1, month);
    }

    [GeneratedRegex(@"(?<![\d.,])(?:19|20)\d{2}(?![\d]|[.,]\d)")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"(?<month>" + MonthNames.Pattern + @")\s*,?\s*(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex MonthYear();
}
