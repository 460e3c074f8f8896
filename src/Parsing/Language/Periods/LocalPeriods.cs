using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Packs;

namespace MigrationFeeds.Parsing.Language.Periods;

/// <summary>
/// The period patterns of one language pack, compiled once, on folded text: declined month names
/// ("u oktobru", "tokom septembra", "në tetor", "во октомври"), the end of a month ("krajem oktobra"),
/// a day ("na dan 30. juna"), day ranges ("od 26. marta do 1. aprila"), "since" ("od januara 2018",
/// "od početka godine", "që nga fillimi i vitit"), years ("u 2023. godini", "gjatë vitit 2021"), "currently"
/// and "in the same period", and the words that make a period a comparison ("u odnosu na", "krahasuar me").
/// </summary>
internal sealed class LocalPeriods
{
    private const string Year = @"(?:19|20)\d{2}";
    private static readonly ConcurrentDictionary<string, LocalPeriods> Cache = new(StringComparer.Ordinal);

    private readonly HotRegex? _publicationName;
    private readonly HotRegex? _firstMonths;
    private readonly HotRegex _month;
    private readonly HotRegex? _startOfOther;
    private readonly HotRegex? _fromBefore;
    private readonly HotRegex? _twoMonths;
    private readonly HotRegex? _twoYears;
    private readonly HotRegex _presentTense;
    private readonly HotRegex _endOf;
    private readonly HotRegex _asOfDay;
    private readonly HotRegex _dayRange;
    private readonly HotRegex _monthToMonth;
    private readonly HotRegex _since;
    private readonly HotRegex _yearStart;
    private readonly HotRegex _theYear;
    private readonly HotRegex _currently;
    private readonly HotRegex _samePeriod;
    private readonly HotRegex _samePeriodOfYear;
    private readonly HotRegex _previousMonth;
    private readonly HotRegex _yearMention;
    private readonly HotRegex _comparison;
    private readonly HotRegex _until;
    private readonly HotRegex _untilLead;
    private readonly HotRegex _untilBefore;
    private readonly HotRegex _untilYear;
    private readonly HotRegex _numericRange;
    private readonly HotRegex _numericDate;
    private readonly HotRegex _thisYear;
    private readonly HotRegex _yesterday;
    private readonly HotRegex? _spokenOn;
    private readonly HotRegex? _onWeekday;
    private readonly HotRegex? _weekdayBeforeDate;
    private readonly HotRegex? _statementGoesOn;
    private readonly Regex[] _weekdays;
    private readonly HotRegex _wholeYear;
    private readonly HotRegex _lastYear;
    private readonly HotRegex? _previousYear;
    private readonly HotRegex? _yearStartPoint;
    private readonly HotRegex _unplacedInYear;
    private readonly HotRegex _yearRange;
    private readonly HotRegex _monthLastYear;
    private readonly HotRegex? _monthThisYear;
    private readonly HotRegex _yearEarlier;
    private readonly HotRegex? _weekStart;
    private readonly HotRegex? _openSince;
    private readonly HotRegex _unplaced;
    private readonly HotRegex _reportWeek;
    private readonly HotRegex? _weekEnd;
    private readonly HotRegex? _clockBeforeDate;

    private LocalPeriods(LanguagePack pack)
    {
        var m = "(?:" + pack.MonthPattern + ")";
        var yearWord = Alt(pack.Word("year-word"));
        var yearBefore = pack.Word("year-before").Length == 0 ? string.Empty : "(?:(?:" + pack.Word("year-before") + @")\s+)?";
        var yearTail = @"(?:\s+" + yearBefore + "(?<year>" + Year + @")\.?(?:\s+" + yearWord + @")?)?";
        var day = @"(?<day>\d{1,2})\.?";
        _month = C(@"(?<![\p{L}])(?:(?:" + pack.Word("month-prefix") + @")\s+)?(?<month>" + m + @")(?![\p{L}])" + yearTail + @"(?![\p{L}\d])");
        // "do kraja rujna ove godine": the end of a month of this year, read as one with its year's words.
        var ofThisYear = pack.Word("of-this-year").Length == 0 ? string.Empty : @"(?:\s+(?:" + pack.Word("of-this-year") + @")(?![\p{L}]))?";
        _endOf = C(@"\b(?:" + pack.Word("end-of") + @")\s+(?<month>" + m + @")(?![\p{L}])" + ofThisYear + yearTail);
        _asOfDay = C(@"\b(?:(?:" + pack.Word("as-of") + @"|" + pack.Word("location") + @")\s+)?" + day + @"\s*(?<month>" + m + @")(?![\p{L}])" + yearTail);
        _dayRange = C(@"\b(?:(?:" + pack.Word("in-period") + @")\s+)?(?:" + pack.Word("from") + @")\s+(?<d1>\d{1,2})\.?\s*(?:(?<m1>" + m + @")\s*)?(?:(?<y1>" + Year + @")\.?\s*(?:" + yearWord + @"\s+)?)?(?:" + pack.Word("to") + @")\s+(?<d2>\d{1,2})\.?\s*(?<m2>" + m + @")(?![\p{L}])(?:\s+(?<y2>" + Year + @")\.?(?:\s+" + yearWord + ")?)?");
        // "tetor-dhjetor 2018", "oktobar – decembar": two months joined by a dash are the span between them.
        _monthToMonth = C(@"(?<![\p{L}])(?<m1>" + m + @")\s*[-–—]\s*(?<m2>" + m + @")(?![\p{L}])(?:\s+" + yearBefore + "(?<y2>" + Year + @")\.?(?:\s+" + yearWord + @")?)?(?![\p{L}\d])");
        // "od početka migrantske krize 2015. godine": after the words of a beginning, the thing that began may stand before its year.
        var began = string.Join('|', new[] { pack.Word("start-of"), pack.Word("since-event") }.Where(w => w.Length > 0));
        _since = C(@"\b(?:" + pack.Word("since") + @")\s+(?:(?:" + began + @")(?:\s+[\p{L}-]+){0,8}?\s+)?(?:(?:(?<day>\d{1,2})\.?\s+)?(?<month>" + m + @")(?![\p{L}])(?:\s+(?<year>" + Year + @"))?|" + yearBefore + "(?<year>" + Year + @")(?![\d]))\.?(?:\s+" + yearWord + ")?");
        var yearItem = yearBefore + "(?<GROUP>" + Year + @")\.?(?:\s+" + yearWord + ")?";
        // "od 2007. do kraja 2015. godine", "from 2007 to the end of 2015": the last year's end is the span's.
        _yearRange = C(@"(?<![\p{L}\d])(?:(?:" + pack.Word("from") + @")\s+" + yearItem.Replace("GROUP", "y1", StringComparison.Ordinal) + @"\s+(?:(?:" + pack.Word("to") + @")\s+(?:(?:" + pack.Word("end-of") + @")\s+)?|(?:" + pack.Word("end-of") + @")\s+)"
            + yearItem.Replace("GROUP", "y2", StringComparison.Ordinal) + @"|(?<y1>" + Year + @")\s*[-–]\s*(?<y2>" + Year + @"))(?![\p{L}\d])");
        // "in July and August", "u januaru i februaru", "in 2015 and 2016": two in a row joined as one span, unless "respectively" shares figures out over them.
        var lead = @"(?<![\p{L}])(?:" + string.Join('|', new[] { pack.Word("month-prefix"), pack.Word("location"), pack.Word("in-period") }.Where(w => w.Length > 0)) + @")\s+";
        var notShared = pack.Word("respectively").Length == 0 ? string.Empty : @"(?![^.;]*(?<![\p{L}])(?:" + pack.Word("respectively") + @")(?![\p{L}]))";
        var and = pack.Word("and").Length == 0 ? null : @"\s+(?:" + pack.Word("and") + @")\s+";
        _twoMonths = and is null ? null
            : C(lead + "(?<m1>" + m + @")(?![\p{L}])" + and + "(?<m2>" + m + @")(?![\p{L}])(?:\s+" + yearBefore + "(?<y2>" + Year + @")\.?(?:\s+" + yearWord + @")?)?(?![\p{L}\d])" + notShared);
        _twoYears = and is null ? null
            : C(lead + yearBefore + "(?<y1>" + Year + @")\.?" + and + yearBefore + "(?<y2>" + Year + @")\.?(?:\s+" + yearWord + @")?(?![\p{L}\d])" + notShared);
        _startOfOther = pack.Word("start-of").Length == 0 || pack.Word("from").Length == 0 ? null
            : C(@"(?<![\p{L}])(?:" + pack.Word("from") + @")\s+(?:" + pack.Word("start-of") + @")\s+(?!(?:\p{L}+\s+)?" + yearWord + @"(?![\p{L}]))\p{L}+[^.;]{0,80}$");
        _fromBefore = pack.Word("from").Length == 0 ? null
            : C(@"(?<![\p{L}])(?:" + string.Join('|', new[] { pack.Word("from"), pack.Word("since") }.Where(w => w.Length > 0)) + @")(?:\s+[\p{L}-]+){0,3}\s+$");
        _yearStart = C(@"\b(?:" + pack.Word("year-start") + @")(?:\s+(?<year>" + Year + @")\.?)?");
        _theYear = C(@"\b(?:" + pack.Word("the-year") + @")\b(?!\s*\d)");
        _currently = C(@"\b(?:" + pack.Word("currently") + @")\b");
        _presentTense = C(@"(?<![\p{L}])(?:" + pack.Word("present-tense") + @")(?![\p{L}])");
        _samePeriod = C(@"\b(?:" + pack.Word("same-period") + @")\b");
        _samePeriodOfYear = C(@"\b(?:" + pack.Word("same-period") + @")(?:\s+\p{L}{1,6}){0,2}?\s+(?:(?<year>" + Year + @")(?![\d])\.?(?:\s+" + yearWord + @")?|(?:" + pack.Word("last-year") + @")\b)");
        _previousMonth = C(@"\b(?:" + pack.Word("previous-month") + @")\b");
        _yearMention = C(@"(?<![\p{L}\d.,])(?:(?:" + pack.Word("month-prefix") + "|" + pack.Word("the-year") + @")\s+)?" + yearBefore + "(?<year>" + Year + @")\.?(?:\s+" + yearWord + @")?(?![\p{L}\d]|[.,]\d)");
        _comparison = C(@"\b(?:" + pack.Word("comparison") + @")\b");
        var until = Alt(pack.Word("until"));
        _untilLead = C(@"^" + until + @"\s");
        _untilBefore = C(@"(?<![\p{L}])" + until + @"(?:\s+\p{L}{1,9}){0,2},?\s+$");
        _until = C(@"\b" + until + @"\s+(?:(?:" + pack.Word("end-of") + @")\s+|(?<mid>" + Alt(pack.Word("mid")) + @")\s*)?(?:(?<day>\d{1,2})\.?\s*)?(?<month>" + m + @")(?![\p{L}])(?:\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?![\d\p{L}.,:])(?![^\S\n]+\p{L})|\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?=,\s))?(?!\s+\d{1,2}(?:st|nd|rd|th)?(?!\d))" + yearTail);
        var yearWordAfter = pack.Word("year-word").Length == 0 ? string.Empty : @"\.?\s+" + yearWord + @"\b|";
        _untilYear = C(@"\b(?:" + until + @")\s+" + yearBefore + "(?<year>" + Year + @")(?:" + yearWordAfter + @"(?=[.,;:)]|\s*$))");
        _numericRange = C(@"(?<![\d.,])(?:(?:" + pack.Word("from") + @")\s+)?(?<d1>\d{1,2})\.\s?(?<m1>\d{1,2})\.\s?(?:(?<y1>" + Year + @")\.?\s*)?(?:(?:" + pack.Word("to") + @")\b|[-–—])\s*(?<d2>\d{1,2})\.\s?(?<m2>\d{1,2})\.\s?(?<y2>" + Year + @")\.?(?:\s+" + yearWord + @")?(?![\d])");
        _numericDate = C(@"(?<![\d.,])(?:(?<until>" + until + @")\s+)?(?<day>\d{1,2})\.\s?(?<mnum>\d{1,2})\.\s?(?<year>" + Year + @")\.?(?![\d])");
        // "do kraja rujna ove godine": "this year" after the end of a month is that month's year, not the year so far.
        _thisYear = C(@"(?<!\b(?:" + pack.Word("end-of") + @")\s+" + m + @"\s+)\b(?:" + pack.Word("this-year") + @")\b");
        _yesterday = C(@"\b(?:" + pack.Word("yesterday") + @")\b");
        // "…, the minister said on Monday": the weekday a statement was made, Monday first.
        _weekdays = [.. pack.Word("weekdays").Split('|', StringSplitOptions.RemoveEmptyEntries).Select(d => LanguagePack.Compile(@"^(?:" + d + @")$"))];
        // "… the minister said on Monday", "rekao je u ponedjeljak", "u ponedjeljak je izjavio": the verb of saying on either side.
        var said = @"\b(?:" + pack.Word("said-on") + @")\b";
        var onDay = @"\b(?:" + pack.Word("weekday-on") + @")\s+(?<weekday>" + pack.Word("weekdays") + @")\b";
        _onWeekday = _weekdays.Length != 7 || pack.Word("weekday-on").Length == 0 ? null : C(onDay);
        _clockBeforeDate = pack.Word("clock-before-date").Length == 0 ? null : C(@"(?<![\d,.:])(?<!\d[,.:]\d{2}\s+(?:\p{L}{1,3}|[-–])\s+)\d{1,2}[,.:]\d{2}\s+(?:" + pack.Word("clock-before-date") + @")\s+(?=\d{1,2}\.\s?\d{1,2}\.)");
        _weekdayBeforeDate = _weekdays.Length != 7 ? null : C(@"(?<![\p{L}])(?:" + pack.Word("weekdays") + @")\s*,\s*(?=\d{1,2}(?:st|nd|rd|th)?\.?\s+\p{L})");
        _spokenOn = _weekdays.Length != 7 || pack.Word("said-on").Length == 0 || pack.Word("weekday-on").Length == 0 ? null
            : C(said + @"[^.;]{0,60}?" + onDay + "|" + onDay + @"[^.;]{0,60}?" + said);
        _statementGoesOn = pack.Word("statement-goes-on").Length == 0 ? null : C(@"^\W*(?:" + pack.Word("statement-goes-on") + @")\b");
        _wholeYear = C(@"\b(?:" + pack.Word("whole-year") + @")\b");
        _lastYear = C(@"\b(?:" + pack.Word("last-year") + @")\b");
        _previousYear = pack.Word("previous-year").Length == 0 ? null : C(@"^(?:" + pack.Word("previous-year") + @")$");
        _yearStartPoint = pack.Word("year-start-point").Length == 0 ? null
            : C(@"(?<![\p{L}])(?:" + pack.Word("year-start-point") + @")(?:\s+(?<year>" + Year + @")\.?(?:\s+" + yearWord + @")?)?(?![\p{L}\d])");
        // "since January this year" is a span and "30 April this year" a day: the words that open or close a span, and a
        // day's number, keep the month theirs.
        _monthThisYear = pack.Word("of-this-year").Length == 0 ? null
            : C(@"(?<![\p{L}])(?<!\b(?:" + string.Join('|', new[] { "since", "from", "to", "until", "end-of" }.Select(pack.Word).Where(w => w.Length > 0)) + @")\s+)(?:(?:"
                + pack.Word("month-prefix") + @")\s+)?(?<!\d\.?\s*)(?<month>" + m + @")(?![\p{L}])\s+(?:(?:" + pack.Word("month-of") + @")\s+)?(?:" + pack.Word("of-this-year") + @")\b");
        _monthLastYear = C(@"(?<![\p{L}])(?:(?:" + pack.Word("month-prefix") + @")\s+)?(?<month>" + m + @")(?![\p{L}])\s+(?:(?:" + pack.Word("month-of") + @")\s+)?(?:" + pack.Word("last-year") + @")\b");
        _yearEarlier = C(@"\b(?:" + pack.Word("year-earlier") + @")\b");
        var count = @"(?<count>\d{1,2}|\p{L}+)";
        _firstMonths = pack.Word("first-months").Length == 0
            ? null
            : C(@"\b(?:" + pack.Word("first-months").Replace("{n}", count, StringComparison.Ordinal) + @")(?:\s+" + yearBefore + "(?<year>" + Year + @")\.?(?:\s+" + yearWord + @")?)?(?![\p{L}\d])");
        // "u prvih sedam dana 2016. godine": the year after a span of days is part of it, not a period of its own.
        var of = pack.Word("month-of").Length == 0 ? string.Empty : "(?:(?:" + pack.Word("month-of") + @")\s+)?";
        _weekStart = pack.Word("week-start").Length == 0 ? null : C(@"(?<![\p{L}])(?:" + pack.Word("week-start") + @")(?![\p{L}])");
        _unplaced = C(@"\b(?:" + pack.Word("weekly") + "|" + pack.Word("open-since") + @")\b");
        _openSince = pack.Word("open-since").Length == 0 ? null : C(@"^(?:" + pack.Word("open-since") + @")\b");
        _weekEnd = pack.Word("week-end").Length == 0 ? null : C(@"(?<![\p{L}])(?:" + pack.Word("week-end") + @")(?![\p{L}])");
        _reportWeek = C(@"(?<![\p{L}])(?:" + pack.Word("report-week") + @")(?![\p{L}])");
        _unplacedInYear = C(@"\b(?:" + pack.Word("weekly") + @")\s+" + of + yearBefore + Year + @"\.?(?:\s+" + yearWord + @")?(?![\p{L}\d])");
        _publicationName = pack.Word("publication").Length == 0
            ? null
            : C(@"(?<![\p{L}])(?:" + pack.Word("publication").Replace("{month}", m, StringComparison.Ordinal) + @")(?![\p{L}])");
    }

    /// <summary>A month that names a publication ("the January update of the Joint Assessment"), not a period of a figure.</summary>
    public Regex? PublicationName => _publicationName?.Regex;

    /// <summary>"the first nine months of 2021", "u prvih devet mjeseci", "në gjashtë muajt e parë": January to that month.</summary>
    public Regex? FirstMonths => _firstMonths?.Regex;

    public Regex Month => _month.Regex;

    /// <summary>
    /// "Od početka izdavanja potvrda do …": a count from the start of something other than the year, whose day the text
    /// does not give; an "until" after it is no year-to-date.
    /// </summary>
    public Regex? StartOfOther => _startOfOther?.Regex;

    /// <summary>"od otvaranja", "from its opening in": a start named right before a period, up to three words on.</summary>
    public Regex? FromBefore => _fromBefore?.Regex;

    /// <summary>Two months in a row joined by "and": one span.</summary>
    public Regex? TwoMonths => _twoMonths?.Regex;

    /// <summary>Two years in a row joined by "and": one span.</summary>
    public Regex? TwoYears => _twoYears?.Regex;

    /// <summary>"There are", "ima", "nalaze se": a count stated in the present tense, of the day the text was written.</summary>
    public Regex PresentTense => _presentTense.Regex;
    public Regex EndOf => _endOf.Regex;
    public Regex AsOfDay => _asOfDay.Regex;
    /// <summary>Two months joined by a dash, with the year after the second: "tetor-dhjetor 2018".</summary>
    public Regex MonthToMonth => _monthToMonth.Regex;

    public Regex DayRange => _dayRange.Regex;
    public Regex Since => _since.Regex;
    public Regex YearStart => _yearStart.Regex;
    public Regex TheYear => _theYear.Regex;
    public Regex Currently => _currently.Regex;
    public Regex SamePeriod => _samePeriod.Regex;

    /// <summary>"u istom periodu 2016. godine", "në të njëjtën periudhë të vitit 2016", "u istom periodu prošle godine": the same months a year named.</summary>
    public Regex SamePeriodOfYear => _samePeriodOfYear.Regex;
    public Regex PreviousMonth => _previousMonth.Regex;
    public Regex YearMention => _yearMention.Regex;
    public Regex Comparison => _comparison.Regex;

    /// <summary>"by May 2019", "do sredine novembra", "until the end of April": a point a flow runs up to from January.</summary>
    public Regex Until => _until.Regex;

    /// <summary>Whether words open with "until" ("do kraja juna"): an end that a flow runs up to from January.</summary>
    public Regex UntilLead => _untilLead.Regex;

    /// <summary>"up to and including", "zaključno sa", "deri" ending the text: the words that make the day after them a span's end.</summary>
    public Regex UntilBefore => _untilBefore.Regex;

    /// <summary>"do 2010. godine", "until 2015,": a count up to a year from a start not said; no period to write down.</summary>
    public Regex UntilYear => _untilYear.Regex;

    /// <summary>"od 1. 1. 2019. do 5. 6. 2019. godine", "1. 1. – 5. 6. 2019.".</summary>
    public Regex NumericRange => _numericRange.Regex;

    /// <summary>"12.12.2018", "deri më 12.12.2018".</summary>
    public Regex NumericDate => _numericDate.Regex;

    /// <summary>"this year", "ove godine", "sivjet": the year so far.</summary>
    public Regex ThisYear => _thisYear.Regex;

    public Regex Yesterday => _yesterday.Regex;

    /// <summary>"said on Monday": a statement's weekday, or null where the pack names no weekdays.</summary>
    public Regex? SpokenOn => _spokenOn?.Regex;

    /// <summary>"on Monday", "u utorak": a day of the week named alone, or null where the pack names no weekdays.</summary>
    public Regex? OnWeekday => _onWeekday?.Regex;

    /// <summary>"Friday, 25 May", "petka, 25. svibnja": a weekday that only names the day of the date after it.</summary>
    public Regex? WeekdayBeforeDate => _weekdayBeforeDate?.Regex;

    /// <summary>
    /// "od 00,00 časot na 01.01.2016 … do 24,00 časot na 26.02.2016": the hour a span of days starts or ends at, before its
    /// date; "od 00,00 do 24,00 časot na 06.02.2016", the hours of one day, is no such span.
    /// </summary>
    public Regex? ClockBeforeDate => _clockBeforeDate?.Regex;

    /// <summary>"He added that …": a sentence that goes on with the statement of the one before.</summary>
    public Regex? StatementGoesOn => _statementGoesOn?.Regex;

    /// <summary>The day of the week a weekday's name names, or null.</summary>
    public DayOfWeek? Weekday(string name) =>
        Array.FindIndex(_weekdays, d => d.IsMatch(name)) is var i and >= 0 ? (DayOfWeek)((i + 1) % 7) : null;

    /// <summary>"for the year as a whole", "tokom cijele godine": the report's year.</summary>
    public Regex WholeYear => _wholeYear.Regex;

    /// <summary>"last year", "prošle godine", "vitin e kaluar".</summary>
    public Regex LastYear => _lastYear.Regex;

    /// <summary>"the previous year", "prethodne godine": of the words for last year, those that count back from a year the sentence named.</summary>
    public Regex? PreviousYear => _previousYear?.Regex;

    /// <summary>"At the start of the year", "početkom godine": the year's first day, a point for stocks.</summary>
    public Regex? YearStartPoint => _yearStartPoint?.Regex;

    /// <summary>A span shorter than a month followed by its year ("the first seven days of 2016"): no period to write down.</summary>
    public Regex UnplacedInYear => _unplacedInYear.Regex;

    /// <summary>"From 2015 to 2019", "od 2015. do 2019. godine", "nga viti 2015 e deri në vitin 2019", "2015–2019": whole years.</summary>
    public Regex YearRange => _yearRange.Regex;

    /// <summary>"In August last year", "u avgustu prošle godine": that month of the year before the report's.</summary>
    public Regex MonthLastYear => _monthLastYear.Regex;

    /// <summary>"in January this year", "во јануари оваа година": that month of the year the report is in, not the year so far.</summary>
    public Regex? MonthThisYear => _monthThisYear?.Regex;

    /// <summary>"a year earlier", "godinu dana ranije": the sentence's month a year before.</summary>
    public Regex YearEarlier => _yearEarlier.Regex;

    /// <summary>"At the start of the week", in a report on a week: its first day, a point for stocks.</summary>
    public Regex? WeekStart => _weekStart?.Regex;

    /// <summary>"by the end of the week": the last of a weekly report's days.</summary>
    public Regex? WeekEnd => _weekEnd?.Regex;

    /// <summary>A time that cannot be placed: "in the past week", "per day", "since then".</summary>
    public Regex Unplaced => _unplaced.Regex;

    /// <summary>"since then": of the times that cannot be placed, an open start.</summary>
    public Regex? OpenSince => _openSince?.Regex;

    /// <summary>"during the week", "this week": in a weekly report, the report's own days.</summary>
    public Regex ReportWeek => _reportWeek.Regex;

    public static LocalPeriods For(LanguagePack pack) => Cache.GetOrAdd(pack.Code, _ => new LocalPeriods(pack));

    private static string Alt(string alternation) => "(?:" + (alternation.Length == 0 ? "(?!)" : alternation) + ")";

    private static HotRegex C(string pattern) => new(LanguagePack.Compile(pattern.Replace("(?:)", "(?!)", StringComparison.Ordinal)));
}
