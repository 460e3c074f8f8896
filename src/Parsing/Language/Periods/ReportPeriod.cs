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

    /// <summary>
    /// The days a report covers when they are not a whole month ("22-25 December 2016", "1-15 May 2021"): a stock
    /// stated without a date of its own is the last day's, and a flow without a period is over these days.
    /// </summary>
    public (DateOnly From, DateOnly To)? ReportDays { get; init; }

    /// <summary>
    /// The whole months a report covers when they are more than one ("October-December 2018", "January – June 2020"): a
    /// flow stated without a period is over all of them, a stock without a date is the last month's.
    /// </summary>
    public (YearMonth From, YearMonth To)? ReportMonths { get; init; }

    /// <summary>
    /// The days of the visit a report is about ("his visit … which took place from 24 September to 1 October 2019"): a
    /// count at the time of the visit, or stated in the present, is a stock of the month the visit began.
    /// </summary>
    public (DateOnly From, DateOnly To)? Visit { get; init; }

    /// <summary>The days of a visit the first lines of a report state, or null.</summary>
    public static (DateOnly From, DateOnly To)? VisitIn(string head) =>
        VisitDays().Match(head) is { Success: true } match ? NamedSpan(match) : null;

    /// <summary>A span of two or more whole months a title states with its year ("Operational Update (October-December 2018)").</summary>
    public static (YearMonth From, YearMonth To)? MonthsFromTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title) || TitleMonths().Match(title) is not { Success: true } match
            || !MonthNames.TryParse(match.Groups["m1"].Value, out var m1) || !MonthNames.TryParse(match.Groups["m2"].Value, out var m2))
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var from = new YearMonth(m1 > m2 ? year - 1 : year, m1);
        var to = new YearMonth(year, m2);
        return from < to ? (from, to) : null;
    }

    /// <summary>
    /// The day a report was published when that is before its report month is over: its counts of the month and of
    /// the year so far run to that day ("up to now in April", published on 28 April).
    /// </summary>
    public DateOnly? ReportMonthSoFar =>
        ReportDays is null && ReportMonth is { } month && Published is { } published && YearMonth.From(published) == month && published.Day < month.DaysInMonth
            ? published
            : null;

    /// <summary>
    /// The last day a report's counts of the month and of the year so far run to, when that is not a month's end: the
    /// day it was published within its report month, or the last of the days it covers ("18-21 August 2016").
    /// </summary>
    public DateOnly? SoFarDay =>
        ReportMonthSoFar ?? (ReportDays is { } days && days.To.AddDays(1).Day != 1 ? days.To : null);

    /// <summary>
    /// The latest month with its year that an undated text names anywhere ("… from January to April 2019"): a year
    /// it names then is over only if that month is its December.
    /// </summary>
    public YearMonth? LatestMonthNamed { get; init; }

    /// <summary>The year an undated text speaks in, which its months named without a year are of (<see cref="UndatedYear"/>).</summary>
    public int? TextYear { get; init; }

    /// <summary>
    /// The one year a sentence of an undated text names: "from 128 000 in January to roughly 3 000 in December 2016" names
    /// January's year once, for both months.
    /// </summary>
    public int? SentenceYear { get; init; }

    /// <summary>The latest month of its running year an undated text names: where its counts "since" run to.</summary>
    public YearMonth? TextMonth => TextYear is { } year && LatestMonthNamed is { } latest && latest.Year == year ? latest : null;

    /// <summary>The latest month named with its year in the lines, in English or the document's language.</summary>
    public static YearMonth? LatestMonthIn(IEnumerable<string> lines, LanguagePack? language)
    {
        YearMonth? latest = null;
        var local = language is null ? null : LocalPeriods.For(language).Month;
        foreach (var line in lines)
        {
            foreach (Match match in MonthYear().Matches(line))
            {
                if (MonthNames.TryParse(match.Groups["month"].Value, out var month))
                {
                    latest = Later(latest, new YearMonth(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), month));
                }
            }

            if (local is null)
            {
                continue;
            }

            foreach (Match match in local.Matches(FoldedText.Fold(line).Text))
            {
                if (match.Groups["year"].Success && language!.Months.TryGetValue(match.Groups["month"].Value, out var month))
                {
                    latest = Later(latest, new YearMonth(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), month));
                }
            }
        }

        return latest;
    }

    private static YearMonth Later(YearMonth? one, YearMonth other) => one is { } o && o > other ? o : other;

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
        var folded = FoldedText.Fold(title).Text;
        foreach (Match match in LocalPeriods.For(language).Month.Matches(folded))
        {
            if (match.Groups["year"].Success && language.Months.TryGetValue(match.Groups["month"].Value, out var month))
            {
                if (!MonthEndOrNoDay(folded.AsSpan(0, match.Groups["month"].Index), int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), month))
                {
                    continue;
                }

                found = new YearMonth(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), month);
            }
        }

        return found;
    }

    /// <summary>The year of a title that names a year and no month ("… u 2021. godini", "Annual report 2021").</summary>
    /// <summary>
    /// The year a line says the document covers ("Events of 2019" under "World Report 2020"): it, not the title's
    /// year, is the report's.
    /// </summary>
    public static int? CoveredYear(string line)
    {
        var covers = LanguagePacks.AnyWord("covered-year", @"(?<![\p{L}])(?:", @")\s+(?<year>(?:19|20)\d\d)(?![\p{L}\d])");
        return covers?.Match(FoldedText.Fold(line).Text) is { Success: true } m ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// The year a sentence calls last year by name ("za prošlu, 2020. godinu", "last year (2020)"): a text that does
    /// not say when it was published was written after that year was over.
    /// </summary>
    public static int? LastYearNamed(string line)
    {
        var named = LanguagePacks.AnyWord("last-year-named", @"(?<![\p{L}])(?:", @")\s*(?<year>(?:19|20)\d\d)(?![\p{L}\d]|[.,]\d)");
        return named?.Match(FoldedText.Fold(line).Text) is { Success: true } m ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
    }

    public static int? YearFromTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        // "Highest number of irregular entries since 2016" is not about 2016.
        var since = LanguagePacks.AnyWord("since", @"(?<![\p{L}])(?:", @")\s+$");
        var dated = MonthYear().Matches(title).Select(m => m.Groups["year"].Index).ToHashSet();
        var years = TitleYear().Matches(title)
            .Where(m => !dated.Contains(m.Index) && (since is null || !since.IsMatch(FoldedText.Fold(title[..m.Index]).Text)))
            .Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Distinct().ToList();
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
                if (!MonthEndOrNoDay(title.AsSpan(0, match.Index), int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), month))
                {
                    continue;
                }

                found = new YearMonth(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), month);
            }
        }

        return found;
    }

    /// <summary>
    /// "30 November 2019" is a date, not a report month, unless the day is the month's last: "as of 31 July 2020"
    /// reports on July.
    /// </summary>
    private static bool MonthEndOrNoDay(ReadOnlySpan<char> before, int year, int month)
    {
        if (DayBefore().Match(before.ToString()) is not { Success: true } day)
        {
            return true;
        }

        return year is >= 1 and <= 9999 && int.TryParse(day.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && d == DateTime.DaysInMonth(year, month);
    }

    /// <summary>
    /// The year of a month named without one: the latest such month not after the later of the report
    /// month and the publication month. "October" in a report on October 2022 is October 2022;
    /// "December" in a document published in January 2023 is December 2022; "November" in a report on October 2022
    /// that does not say when it was published is November 2022.
    /// </summary>
    public YearMonth? Resolve(int month, int? year)
    {
        if (year is { } explicitYear)
        {
            return new YearMonth(explicitYear, month);
        }

        if (Reference is not { } r)
        {
            return (TextYear ?? SentenceYear) is { } textYear ? new YearMonth(textYear, month) : null;
        }

        // A document that does not say when it was published was written after its month: the month right after it
        // ("in the first week of November" in a report on October) is the one it was written in, not last year's. Not
        // across the new year: "in January" in a review of the year is that year's January.
        if (Published is null && ReportMonth is { } reported && reported.AddMonths(1) is var next && next.Month == month && next.Year == reported.Year)
        {
            return next;
        }

        return new YearMonth(month <= r.Month ? r.Year : r.Year - 1, month);
    }

    /// <summary>The days a title names: "1-31 August 2019" (a whole month), "22-25 December 2016", "18 - 29 January 2021".</summary>
    public static (DateOnly From, DateOnly To)? DaysFromTitle(string? title)
    {
        if (!string.IsNullOrWhiteSpace(title) && NumericDays().Match(title) is { Success: true } numeric)
        {
            return NumericSpan(numeric);
        }

        return string.IsNullOrWhiteSpace(title) || TitleDays().Match(title) is not { Success: true } match ? null : NamedSpan(match);
    }

    /// <summary>The days of a span matched with its months named: groups d1, m1 (optional), d2, m2 and year.</summary>
    private static (DateOnly From, DateOnly To)? NamedSpan(Match match)
    {
        if (!MonthNames.TryParse(match.Groups["m2"].Value, out var m2))
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var m1 = match.Groups["m1"].Success && MonthNames.TryParse(match.Groups["m1"].Value, out var first) ? first : m2;
        var d1 = int.Parse(match.Groups["d1"].Value, CultureInfo.InvariantCulture);
        var d2 = int.Parse(match.Groups["d2"].Value, CultureInfo.InvariantCulture);
        var y1 = m1 > m2 ? year - 1 : year;
        if (d1 < 1 || d2 < 1 || d1 > DateTime.DaysInMonth(y1, m1) || d2 > DateTime.DaysInMonth(year, m2))
        {
            return null;
        }

        var from = new DateOnly(y1, m1, d1);
        var to = new DateOnly(year, m2, d2);
        return from <= to ? (from, to) : null;
    }

    /// <summary>
    /// A date written in full near the top of a page ("30 November 2019", "30. novembar 2019.", "November 30, 2019",
    /// "30.11.2019", "02. 10. 2020."): when a document's publication date is not known, its dateline says it. Days of a range do not count.
    /// </summary>
    public static DateOnly? DateIn(string? text, LanguagePack? language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = FoldedText.Fold(text).Text;
        foreach (Match match in FullDate().Matches(folded))
        {
            if (Date(match.Groups["day"].Value, match.Groups["month"].Value, match.Groups["mnum"].Value, match.Groups["year"].Value, language) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? Date(string day, string monthName, string monthNumber, string year, LanguagePack? language)
    {
        var month = 0;
        if (monthNumber.Length > 0)
        {
            month = int.Parse(monthNumber, CultureInfo.InvariantCulture);
        }
        else if (!MonthNames.TryParse(monthName, out month) && !(language?.Months.TryGetValue(monthName, out month) ?? false)
            && !LanguagePacks.All.Any(p => p.Months.TryGetValue(monthName, out month)))
        {
            return null;
        }

        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, d) : null;
    }

    [GeneratedRegex(@"(?<![\d.,])(?:19|20)\d{2}(?![\d]|[.,]\d)")]
    private static partial Regex TitleYear();

    /// <summary>A day right before a month: "30 November 2019" is a date, not a report month; "1-31 October 2021" is a month.</summary>
    [GeneratedRegex(@"(?<![-–—]\s*)(?<!\d)(?<day>\d{1,2})(?:st|nd|rd|th)?\.?\s*$")]
    private static partial Regex DayBefore();

    /// <summary>"18.04.2016 – 24.04.2016", "25.04 - 01.05.2016": days written as numbers, day first.</summary>
    private static (DateOnly From, DateOnly To)? NumericSpan(Match match)
    {
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var (d1, n1, d2, n2) = (Int(match.Groups["d1"]), Int(match.Groups["n1"]), Int(match.Groups["d2"]), Int(match.Groups["n2"]));
        var y1 = match.Groups["y1"].Success ? Int(match.Groups["y1"]) : n1 > n2 ? year - 1 : year;
        if (n1 is < 1 or > 12 || n2 is < 1 or > 12 || d1 < 1 || d2 < 1 || d1 > DateTime.DaysInMonth(y1, n1) || d2 > DateTime.DaysInMonth(year, n2))
        {
            return null;
        }

        var from = new DateOnly(y1, n1, d1);
        var to = new DateOnly(year, n2, d2);
        return from <= to ? (from, to) : null;

        static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?<![\d.])(?<d1>\d{1,2})\.(?<n1>\d{1,2})\.?(?:(?<y1>(?:19|20)\d{2})\.?)?\s*[-–—]\s*(?<d2>\d{1,2})\.(?<n2>\d{1,2})\.(?<year>(?:19|20)\d{2})(?![\d])")]
    private static partial Regex NumericDays();

    [GeneratedRegex(@"(?<!\d)(?<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?<m1>" + MonthNames.Pattern + @")?\s*[-–—]\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m2>" + MonthNames.Pattern + @")\s*,?\s*(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex TitleDays();

    // A day, a month (a name in any language, or a number between dots or slashes, day first as the region writes it) and a year; not the end of a range ("1-30 June 2018").
    [GeneratedRegex(@"(?<![\d\p{L}]\s*[-–—]\s*|\d)(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\.?\s*(?<month>\p{L}{3,12})\.?\s*,?\s*(?<year>(?:19|20)\d{2})|(?<month>\p{L}{3,12})\s+(?<day>\d{1,2}),\s+(?<year>(?:19|20)\d{2})|(?<day>\d{1,2})\.\s?(?<mnum>\d{1,2})\.\s?(?<year>(?:19|20)\d{2})|(?<day>\d{1,2})/(?<mnum>\d{1,2})/(?<year>(?:19|20)\d{2})|(?<year>(?:19|20)\d{2})-(?<mnum>\d{2})-(?<day>\d{2})(?!\d))(?!\s*[-–—]\s*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\bvisit(?:s|ed)?\b[^.;]{0,120}?(?:\bfrom\s+|\(\s*)(?<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?<m1>" + MonthNames.Pattern + @")?(?:\s+(?:19|20)\d{2})?\s*(?:to|until|[-–—])\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m2>" + MonthNames.Pattern + @")\s*,?\s*(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex VisitDays();

    [GeneratedRegex(@"(?<!\d\s*)(?<m1>" + MonthNames.Pattern + @")\s*[-–—/]\s*(?<m2>" + MonthNames.Pattern + @")\s*,?\s*(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex TitleMonths();

    [GeneratedRegex(@"(?<month>" + MonthNames.Pattern + @")\s*,?\s*(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex MonthYear();
}
