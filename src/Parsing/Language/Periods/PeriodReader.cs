using System.Globalization;
using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Language.Periods;

/// <summary>
/// Finds period expressions in a sentence and resolves them with the document's
/// <see cref="ReportPeriod"/>. Longer, more specific expressions win over the month names inside them
/// ("since the start of the mixed movement in January 2018" is an interval, not January 2018).
/// </summary>
internal static partial class PeriodReader
{
    private const string M = "(?:" + MonthNames.Pattern + ")";

    /// <param name="text">The sentence (folded, for local languages).</param>
    /// <param name="report">The document's dates.</param>
    /// <param name="language">The document's language pack; null for English only.</param>
    /// <param name="previous">The period of the sentence before, which "in the same period" refers to.</param>
    public static IReadOnlyList<PeriodMention> Read(string text, ReportPeriod report, LanguagePack? language = null, PeriodMention? previous = null)
    {
        var found = new List<PeriodMention>();
        var local = language is null ? null : LocalPeriods.For(language);
        if (report.Reference is null && report.TextYear is null
            && YearNumber().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList() is [var only]
            && (MonthAndYear().IsMatch(text) || local?.Month.Matches(text).Any(m => m.Groups["year"].Success) == true))
        {
            report = report with { SentenceYear = int.Parse(only, CultureInfo.InvariantCulture) };
        }

        // A news agency's dateline ("SARAJEVO, Aug. 17 (Xinhua) —") dates the story, not a figure in it.
        var dateline = Dateline().Match(text);
        var skipTo = dateline.Success ? dateline.Length : 0;

        var screened = RequiredWords.CanScreen(text);

        // Said in every language's own words (its pack), before the patterns they would otherwise be read as a part of.
        var own = LocalPeriods.For(language ?? LanguagePacks.English);

        // "until Friday, 25 May", "do petka, 25. svibnja": the date is read as if its weekday were not there.
        if (own.WeekdayBeforeDate is { } weekdayBeforeDate && weekdayBeforeDate.IsMatch(text))
        {
            text = weekdayBeforeDate.Replace(text, m => new string(' ', m.Length));
        }

        // "od 00,00 časot na 01.01.2016 godina do 24,00 časot na 26.02.2016": the dates, read without their hours.
        if (own.ClockBeforeDate is { } clockBeforeDate && clockBeforeDate.IsMatch(text))
        {
            text = clockBeforeDate.Replace(text, m => new string(' ', m.Length));
        }

        var named = own.PublicationName?.Match(text) is { Success: true } publication ? publication : null;

        void Take(Regex regex, Func<Match, PeriodMention?> resolve)
        {
            // Most patterns find none in a sentence: a search for the words each match holds tells most of those apart.
            if (screened && !RequiredWords.MayMatch(regex, text))
            {
                return;
            }

            // Match and NextMatch allocate only for a match.
            for (var match = regex.Match(text); match.Success; match = match.NextMatch())
            {
                if (match.Index < skipTo || Overlaps(found, match.Index, match.Index + match.Length)
                    || (named is not null && match.Index < named.Index + named.Length && named.Index < match.Index + match.Length))
                {
                    continue;
                }

                if (resolve(match) is { } mention)
                {
                    found.Add(mention with { IsComparative = mention.IsComparative || IsComparative(text, mention.Start, local) });
                }
            }
        }

        // Ranges first: "od 1. januara do 30. septembra", "from January to September" hold an "until" of their own.
        Take(YearStartToDay(), m => UntilPoint(m, report));
        if (local is not null)
        {
            Take(local.DayRange, m => LocalDayRangePeriod(m, report));
            Take(local.MonthToMonth, m => BetweenMonthsPeriod(m, report));
        }

        Take(SuperlativeSince(), m => Mention(m, PeriodKind.Unknown, string.Empty) with { IsComparative = true });
        if (own.YearStartPoint is { } yearStart)
        {
            Take(yearStart, m => YearStartPoint(m, report));
        }

        Take(own.YearRange, m => YearRangePeriod(m, report));
        Take(own.UnplacedInYear, m => Mention(m, PeriodKind.Unknown, string.Empty));
        Take(YearStartToMonth(), m => YearStartToMonthPeriod(m, report));
        Take(DaysOfTwoMonths(), m => BetweenMonthsPeriod(m, report));
        Take(FromMonthToMonth(), m => BetweenMonthsPeriod(m, report));
        if (own.TwoMonths is { } twoMonths && own.TwoYears is { } twoYears)
        {
            Take(twoMonths, m => TryMonth(m.Groups["m1"], m.Groups["y2"], report, out var first) && TryMonth(m.Groups["m2"], m.Groups["y2"], report, out var second)
                && second == first.AddMonths(1) ? BetweenMonthsPeriod(m, report) : null);
            Take(twoYears, m => int.Parse(m.Groups["y2"].Value, CultureInfo.InvariantCulture) == int.Parse(m.Groups["y1"].Value, CultureInfo.InvariantCulture) + 1
                ? Mention(m, PeriodKind.Interval, $"{m.Groups["y1"].Value}-01/{m.Groups["y2"].Value}-12")
                : null);
        }

        Take(BetweenMonths(), m => BetweenMonthsPeriod(m, report));
        Take(DayRange(), m => DayRangePeriod(m, report));
        Take(own.NumericRange, m => NumericRangePeriod(m));
        if (own.FirstMonths is { } firstMonths)
        {
            Take(firstMonths, m => FirstMonthsPeriod(m, report, language ?? LanguagePacks.English));
        }

        // "u istom periodu prošle godine" after a span read so far; one that follows a span read below ("od siječnja do
        // kraja rujna …, dok ih je u istom razdoblju prošle godine bilo …") is read once that span is.
        if (local is not null)
        {
            Take(local.SamePeriodOfYear, m => SamePeriodPeriod(m, report, found, previous, spanOnly: true));
        }

        Take(own.Until, m => FromStartOfOther(own, text, m) ? Mention(m, PeriodKind.Unknown, string.Empty) : UntilPoint(m, report));
        Take(own.UntilYear, m => Mention(m, PeriodKind.Unknown, string.Empty));
        Take(own.NumericDate, m => m.Groups["until"].Success && FromStartOfOther(own, text, m) ? Mention(m, PeriodKind.Unknown, string.Empty) : NumericDatePoint(m));
        if (own.MonthThisYear is { } monthThisYear)
        {
            Take(monthThisYear, m => MonthOfThisYear(m, report));
        }

        Take(own.ThisYear, m => ThisYearPeriod(m, report) is { } thisYear ? thisYear with { ThisYear = true } : null);
        Take(own.Yesterday, m => YesterdayPoint(m, report));
        if (own.OnWeekday is { } onWeekday)
        {
            Take(onWeekday, m => WeekdayPoint(m, text, report, own));
        }

        Take(own.WholeYear, m => ReportYearPeriod(m, report) ?? YearGoneOn(m, previous));
        Take(own.YearEarlier, m => MonthYearEarlier(m, found));
        // "The same period last year" is the last year's same months, read below once every span it may repeat is.
        Take(own.MonthLastYear, m => MonthOfLastYear(m, report));
        Take(own.LastYear, m => SamePeriodBefore().IsMatch(text.AsSpan(0, m.Index)) || InSamePeriod(local, text, m) ? null : YearBeforeNamed(m, text, own) ?? LastYearPeriod(m, report));

        if (local is not null)
        {
            Take(local.DayRange, m => LocalDayRangePeriod(m, report));
            // "do kraja juna": the end of a month that opens with "until" is one a flow runs up to.
            Take(local.EndOf, m => UpTo(EndOfPeriod(m, report), local.UntilLead.IsMatch(m.Value)));
            Take(local.YearStart, m => YearStartPeriod(m, report));
            Take(local.Since, m => SincePeriod(m, report));

            // "nga janari deri në qershor …, krahasuar me 180 në të njëjtën periudhë të vitit 2022": read once the spans before
            // it are, the same period of a named year is those months of that year.
            Take(local.SamePeriodOfYear, m => SamePeriodPeriod(m, report, found, previous));
            Take(local.AsOfDay, m => DayPoint(m, report));
            Take(local.Currently, m => CurrentlyPoint(m, report));
            Take(local.TheYear, m => ReportYearPeriod(m, report));
            Take(local.PreviousMonth, m => PreviousMonthPeriod(m, report));
            Take(local.Month, m => MonthPeriod(m, report));
            Take(local.YearMention, m => YearPeriod(m));
        }

        Take(SinceYearStart(), m => YearStartPeriod(m, report));
        Take(FromMonthToMonth(), m => BetweenMonthsPeriod(m, report));
        Take(EnglishCurrently(), m => CurrentlyPoint(m, report));
        Take(DuringTheMonth(), m => RelativeMonthPeriod(m, report));
        Take(BetweenMonths(), m => BetweenMonthsPeriod(m, report));
        Take(MonthToMonthOfYear(), m => BetweenMonthsPeriod(m, report));
        Take(LaterQuarter, m => QuarterPeriod(m, report));
        Take(QuarterCode(), m => QuarterPeriod(m, report));
        Take(Since(), m => SincePeriod(m, report));
        Take(AsOfBeforeDone(), m => SincePeriod(m, report));
        Take(ReportingPeriodEnd(), m => report.ReportDays is { } days ? Mention(m, PeriodKind.PointInTime, PeriodText.Day(days.To)) : null);
        if (own.WeekStart is { } weekStart)
        {
            Take(weekStart, m => report.ReportDays is { } days && days.To.DayNumber - days.From.DayNumber < WeekDays
                ? Mention(m, PeriodKind.PointInTime, PeriodText.Day(days.From)) : null);
        }

        if (own.WeekEnd is { } weekEnd)
        {
            Take(weekEnd, m => report.ReportDays is { } days && days.To.DayNumber - days.From.DayNumber < WeekDays
                ? Mention(m, PeriodKind.PointInTime, PeriodText.Day(days.To)) : null);
        }

        Take(VisitTime(), m => report.Visit is { } visit ? Mention(m, PeriodKind.Month, YearMonth.From(visit.From).ToString()) with { Visit = true } : null);
        Take(EndOf(), m => EndOfPeriod(m, report));
        Take(AsOfDay(), m => DayPoint(m, report));
        Take(MonthDay(), m => DayPoint(m, report) is { } day ? day with { ToDate = m.Groups["until"].Success } : null);
        Take(DayRange(), m => DayRangePeriod(m, report));
        Take(DayOfMonth(), m => DayPoint(m, report));
        Take(WeeksBefore(), m => WeeksBeforePoint(m, found));
        Take(SamePeriodOfYear(), m => SamePeriodPeriod(m, report, found, previous));
        Take(AndOfYear(), m => AndSamePeriod(m, text, found));
        Take(RelativeMonth(), m => RelativeMonthPeriod(m, report, found));
        Take(MonthName(), m => MonthPeriod(m, report));
        Take(YearAfterPreposition(), m => YearPeriod(m));
        Take(BareYear(), m => YearPeriod(m));
        Take(own.YearEarlier, m => YearEarlierPeriod(m, report, found));
        // "the same period" points back to a span the sentence named before it: read once every other span is.
        if (local is not null)
        {
            Take(local.SamePeriod, m => SamePeriodAs(m, previous, found));
        }

        Take(EnglishSamePeriod(), m => SamePeriodAs(m, previous, found));
        // "During the week there were around 100 refugees in the camp", in the report on 9-15 May: the report's own days,
        // which date a count present by their last and make a flow too short to write down.
        if (report.ReportDays is { } reportDays)
        {
            Take(own.ReportWeek, m => Mention(m, PeriodKind.Interval, PeriodText.Days(reportDays.From, reportDays.To)));
        }

        Take(own.Unplaced, m => Mention(m, PeriodKind.Unknown, string.Empty) with { OpenSince = own.OpenSince?.IsMatch(m.Value) ?? false });

        // Last, and only where nothing else dates the sentence and the report has no month of its own.
        var undated = !found.Any(f => !f.IsComparative);
        if (undated && report.Visit is { } visited)
        {
            // A report on a visit speaks in the present of what was found then.
            Take(own.PresentTense, m => Mention(m, PeriodKind.Month, YearMonth.From(visited.From).ToString()) with { PresentTense = true });
        }
        else if (report.Visit is null && report.ReportMonth is null && report.Published is { } today)
        {
            Take(own.PresentTense, m => Mention(m, PeriodKind.PointInTime, PeriodText.Day(today)) with { PresentTense = true, ClauseOnly = !undated });
        }

        // "From 1 January to 19 November this year": the words after a span only say its year.
        found.RemoveAll(f => f.ThisYear && found.Any(o => !o.ThisYear && o.End <= f.Start && o.Kind == PeriodKind.Interval
            && text.AsSpan(o.End, f.Start - o.End).Trim().Trim(',').IsEmpty));
        FromThenUntil(text, found, own);
        SinceThenUntil(text, found, report, own);
        SpokenOn(text, found, report, own, previous);
        return ListedMonthsInStatedYear(found, report).OrderBy(f => f.Start).ToList();
    }

    /// <summary>
    /// "More than 900 migrants currently live in the camp, … told the broadcaster on Wednesday", in a story of Thursday: what
    /// the sentence says is now, or says in the present with no date of its own, is of the day it was said.
    /// </summary>
    private static void SpokenOn(string text, List<PeriodMention> found, ReportPeriod report, LocalPeriods own, PeriodMention? previous)
    {
        if (report.Published is not { } published)
        {
            return;
        }

        var today = PeriodText.Day(published);
        if (previous is { Spoken: true, Kind: PeriodKind.PointInTime } statement && own.StatementGoesOn?.IsMatch(text) == true)
        {
            Redate(found, today, statement.Period);
            return;
        }

        if (own.SpokenOn?.Match(text) is not { Success: true } said || own.Weekday(said.Groups["weekday"].Value) is not { } weekday)
        {
            return;
        }

        var spoken = PeriodText.Day(LastWeekday(published, weekday));
        if (!found.Any(f => f is { Kind: PeriodKind.PointInTime, IsComparative: false }))
        {
            found.Add(new PeriodMention { Start = said.Index, Length = said.Length, Kind = PeriodKind.PointInTime, Period = spoken, PresentTense = true, Spoken = true });
            return;
        }

        Redate(found, today, spoken);
    }

    private static void Redate(List<PeriodMention> found, string today, string spoken)
    {
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i] is { Kind: PeriodKind.PointInTime, IsComparative: false } point && point.Period == today)
            {
                found[i] = point with { Period = spoken, Spoken = true };
            }
        }
    }

    /// <summary>
    /// "2,707 migrants had entered BiH since the beginning of the year, as registered until March 15th": a span that runs to
    /// the day of publication for want of an end ends at the day the same sentence counts up to, when that day is in it.
    /// </summary>
    private static void SinceThenUntil(string text, List<PeriodMention> found, ReportPeriod report, LocalPeriods own)
    {
        if (report.Published is not { } published)
        {
            return;
        }

        var today = PeriodText.Day(published);
        // A span that runs to the report month for want of an end runs to today as much as one to the day.
        var thisMonth = report.ReportMonth is { } month ? "/" + month : null;
        foreach (var since in found.Where(f => f.Kind == PeriodKind.Interval && !f.IsComparative
            && (f.Period.EndsWith("/" + today, StringComparison.Ordinal) || (thisMonth is not null && f.Period.EndsWith(thisMonth, StringComparison.Ordinal)))).ToList())
        {
            var first = since.Period[..since.Period.IndexOf('/', StringComparison.Ordinal)];
            first = first.Length == 7 ? first + "-01" : first;
            // "Od 19 јуни …, па заклучно со вчера": a day after the words for "until" ends the span, yesterday as much as a date.
            // "zaključenima s datumom 25. prosinca, od početka godine": the day counted up to may also stand right before the span.
            var until = found.Where(f => f is { Kind: PeriodKind.PointInTime, IsComparative: false }
                    && ((f.Start >= since.End && (f.ToDate || own.UntilBefore.IsMatch(text.AsSpan(Math.Max(0, f.Start - UntilReach), Math.Min(UntilReach, f.Start)))))
                        || (f.ToDate && f.End <= since.Start && JustBefore(text.AsSpan(f.End, since.Start - f.End))))
                    && (f.Period.Length == 10 ? string.CompareOrdinal(f.Period, first) > 0 && string.CompareOrdinal(f.Period, today) < 0 : WholeMonthUntil(f, first, today)))
                .MinBy(f => f.Start);
            if (until is null)
            {
                continue;
            }

            found.Remove(since);
            found.Remove(until);

            // "od 2014. do srpnja 2021.", "od siječnja do srpnja": from a month's first day to the end of a month before this one.
            if (until.Period.Length == 7)
            {
                found.Add(since with { Period = first[..7] + "/" + until.Period });
                continue;
            }

            // "Od početka godine do 30. aprila": from a month's first day to another's last is whole months.
            var end = DateOnly.ParseExact(until.Period, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var whole = first.EndsWith("-01", StringComparison.Ordinal) && first.Length == 10 && end.AddDays(1).Day == 1;
            found.Add(since with { Period = whole ? first[..7] + "/" + until.Period[..7] : first + "/" + until.Period });
        }
    }

    /// <summary>"do srpnja 2021.": a whole month up to which a span runs, after the month it starts in and before today's.</summary>
    private static bool WholeMonthUntil(PeriodMention until, string first, string today) =>
        until is { ToDate: true, Period.Length: 7 } && first.EndsWith("-01", StringComparison.Ordinal)
        && string.CompareOrdinal(until.Period, first[..7]) > 0 && string.CompareOrdinal(until.Period, today[..7]) < 0;

    /// <summary>
    /// "od otvaranja 2008. godine pa do juna 2014.", "from its opening in 2008 until June 2014": an "until" after a start
    /// of its own runs from that start, not from January of its year.
    /// </summary>
    private static void FromThenUntil(string text, List<PeriodMention> found, LocalPeriods own)
    {
        if (own.FromBefore is not { } from)
        {
            return;
        }

        foreach (var until in found.Where(f => f is { Kind: PeriodKind.PointInTime, ToDate: true }).ToList())
        {
            var start = found.Where(f => f.End <= until.Start && f is { Kind: PeriodKind.Year or PeriodKind.Month, IsComparative: false }).MaxBy(f => f.End);
            // "od 2014. do srpnja 2021.": a year's own dot is no mark of a clause.
            if (start is null || until.Start - start.End > MaxFromUntilGap || text.AsSpan(start.End, until.Start - start.End).TrimStart('.').ContainsAny(ClauseMarks)
                || !from.IsMatch(text.AsSpan(Math.Max(0, start.Start - MaxFromLead), start.Start - Math.Max(0, start.Start - MaxFromLead)))
                || (start.Kind == PeriodKind.Year ? $"{start.Year:D4}-01" : start.Period) is not { Length: 7 } first
                || string.CompareOrdinal(first, until.Period[..7]) >= 0)
            {
                continue;
            }

            found.Remove(start);
            found.Remove(until);
            var end = until.Period.Length == 7 ? until.Period : until.Period[..7];
            found.Add(new PeriodMention { Start = start.Start, Length = until.End - start.Start, Kind = PeriodKind.Interval, Period = $"{first}/{end}" });
        }
    }

    /// <summary>Nothing but a comma or a dash between two periods: they are one expression.</summary>
    private static bool JustBefore(ReadOnlySpan<char> between)
    {
        foreach (var c in between)
        {
            if (!char.IsWhiteSpace(c) && c is not (',' or '–' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxFromUntilGap = 12;
    private const int UntilReach = 40;
    private const int MaxFromLead = 40;
    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(".;:()0123456789");

    private static bool Overlaps(List<PeriodMention> found, int start, int end)
    {
        foreach (var f in found)
        {
            if (start < f.End && f.Start < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"od 26. marta do 1. aprila", "od 1. januara do 30. septembra": a second month missing in the first half is the same.</summary>
    private static PeriodMention? LocalDayRangePeriod(Match m, ReportPeriod report)
    {
        var m1 = m.Groups["m1"].Success ? m.Groups["m1"] : m.Groups["m2"];
        var y1 = m.Groups["y1"].Success ? m.Groups["y1"] : m.Groups["y2"];
        if (!TryMonth(m1, y1, report, out var from) || !TryMonth(m.Groups["m2"], m.Groups["y2"], report, out var to)
            || Day(m.Groups["d1"]) is not { } d1 || Day(m.Groups["d2"]) is not { } d2)
        {
            return null;
        }

        if (to < from && !m.Groups["y1"].Success)
        {
            from = from.AddMonths(-12);
        }

        if (to < from || (to == from && d2 < d1) || d2 > to.DaysInMonth)
        {
            return null;
        }

        var whole = d1 == 1 && d2 == to.DaysInMonth;
        if (whole && from == to)
        {
            return Mention(m, PeriodKind.Month, from.ToString()) with { Month = from };
        }

        return Mention(m, PeriodKind.Interval, whole ? $"{from}/{to}" : $"{Date(from, d1)}/{Date(to, d2)}");
    }

    /// <summary>
    /// "Since the beginning of the year", "od početka 2023. godine": January of that year to the report month; in a
    /// document with no report month, 1 January to the day it was published.
    /// </summary>
    private static PeriodMention? YearStartPeriod(Match m, ReportPeriod report)
    {
        int? named = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        if ((report.ReportMonth ?? report.TextMonth) is not { } end)
        {
            return report.Published is { } published && (named ?? published.Year) == published.Year
                ? Mention(m, PeriodKind.Interval, $"{published.Year:D4}-01-01/{PeriodText.Day(published)}")
                : null;
        }

        var start = new YearMonth(named ?? end.Year, 1);
        // "since 19 June" in the report on July: from that day to the report month's end.
        var day = StartDay(m, start);
        return start > end ? null
            : day > 1 ? Mention(m, PeriodKind.Interval, $"{Date(start, day)}/{Date(end, end.DaysInMonth)}")
            : Mention(m, PeriodKind.Interval, $"{start}/{end}");
    }

    /// <summary>The day "since 19 June" starts on, or the month's first.</summary>
    private static int StartDay(Match m, YearMonth month) =>
        Day(m.Groups["day"]) is { } day && day <= month.DaysInMonth ? day : 1;

    private static PeriodMention? YearStartToMonthPeriod(Match m, ReportPeriod report)
    {
        var named = m.Groups["year"].Success ? m.Groups["year"] : m.Groups["y2"];
        if (!TryMonth(m.Groups["month"], named, report, out var end))
        {
            return null;
        }

        return end.Month == 1 ? Mention(m, PeriodKind.Month, end.ToString()) with { Month = end }
            : Mention(m, PeriodKind.Interval, $"{new YearMonth(end.Year, 1)}/{end}");
    }

    /// <summary>"by May 2019", "until mid-November", "do kraja oktobra": that point, which a flow runs up to from January.</summary>
    private static bool FromStartOfOther(LocalPeriods own, string text, Match m) => own.StartOfOther?.IsMatch(text.AsSpan(0, m.Index)) == true;

    private static PeriodMention? UntilPoint(Match m, ReportPeriod report)
    {
        if (!TryMonth(m.Groups["month"], m.Groups["year"], report, out var month))
        {
            return null;
        }

        var day = Day(m.Groups["day"]) ?? (m.Groups["mid"].Success && m.Groups["mid"].Length > 0 ? 15 : null);
        if (day is { } d && d > month.DaysInMonth)
        {
            return null;
        }

        return (day is { } shown ? Mention(m, PeriodKind.PointInTime, Date(month, shown)) : Mention(m, PeriodKind.PointInTime, month.ToString()) with { Month = month })
            with { ToDate = true };
    }

    /// <summary>"12.12.2018", "deri më 12.12.2018": a day, which a flow runs up to from January when "until" leads it.</summary>
    private static PeriodMention? NumericDatePoint(Match m)
    {
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (!int.TryParse(m.Groups["mnum"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 12
            || Day(m.Groups["day"]) is not { } day || day > DateTime.DaysInMonth(year, number))
        {
            return null;
        }

        return Mention(m, PeriodKind.PointInTime, Date(new YearMonth(year, number), day)) with { ToDate = m.Groups["until"].Success };
    }

    private static PeriodMention? NumericRangePeriod(Match m)
    {
        var y2 = int.Parse(m.Groups["y2"].Value, CultureInfo.InvariantCulture);
        var y1 = m.Groups["y1"].Success ? int.Parse(m.Groups["y1"].Value, CultureInfo.InvariantCulture) : y2;
        if (Day(m.Groups["d1"]) is not { } d1 || Day(m.Groups["d2"]) is not { } d2
            || !int.TryParse(m.Groups["m1"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var m1) || m1 is < 1 or > 12
            || !int.TryParse(m.Groups["m2"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var m2) || m2 is < 1 or > 12
            || d1 > DateTime.DaysInMonth(y1, m1) || d2 > DateTime.DaysInMonth(y2, m2))
        {
            return null;
        }

        var from = new DateOnly(y1, m1, d1);
        var to = new DateOnly(y2, m2, d2);
        if (to < from)
        {
            return null;
        }

        var whole = d1 == 1 && to.AddDays(1).Day == 1;
        var (fm, tm) = (new YearMonth(y1, m1), new YearMonth(y2, m2));
        return whole && fm == tm ? Mention(m, PeriodKind.Month, fm.ToString()) with { Month = fm }
            : Mention(m, PeriodKind.Interval, whole ? $"{fm}/{tm}" : $"{Date(fm, d1)}/{Date(tm, d2)}");
    }

    /// <summary>"This year", "ove godine": January to the report month, else to the day the document was published.</summary>
    private static PeriodMention? ThisYearPeriod(Match m, ReportPeriod report)
    {
        if (report.ReportMonth is { } month)
        {
            return month.Month == 12
                ? Mention(m, PeriodKind.Year, month.Year.ToString(CultureInfo.InvariantCulture)) with { Year = month.Year }
                : Mention(m, PeriodKind.Interval, $"{new YearMonth(month.Year, 1)}/{month}");
        }

        return report.Published is { } published
            ? Mention(m, PeriodKind.Interval, $"{published.Year:D4}-01-01/{PeriodText.Day(published)}")
            : null;
    }

    /// <summary>
    /// "In 2018 … 3,723 more than the previous year": the year before the one the sentence named before it, not the year
    /// before the report's.
    /// </summary>
    private static PeriodMention? YearBeforeNamed(Match m, string text, LocalPeriods own) =>
        own.PreviousYear?.IsMatch(m.Value) == true
        && YearNumber().Matches(text, 0).LastOrDefault(y => y.Index + y.Length <= m.Index) is { } named
        && int.Parse(named.Value, CultureInfo.InvariantCulture) - 1 is var before
            ? Mention(m, PeriodKind.Year, before.ToString(CultureInfo.InvariantCulture)) with { Year = before }
            : null;

    /// <summary>
    /// "Last year": the year before the report's, else before the publication's. A piece on a whole year published
    /// after it ("Frontex: … in 2022", January 2023) speaks from its publication: its "last year" is that year.
    /// </summary>
    private static PeriodMention? LastYearPeriod(Match m, ReportPeriod report)
    {
        // An undated text on a whole year is written after it: the year it calls "last year" is that one.
        if (report is { WholeYear: true, Published: null, ReportMonth: { } covered })
        {
            return Mention(m, PeriodKind.Year, covered.Year.ToString(CultureInfo.InvariantCulture)) with { Year = covered.Year };
        }

        var reportYear = report.WholeYear && report.Published is { } published && report.ReportMonth is { } month && published.Year > month.Year
            ? published.Year
            : report.ReportMonth?.Year;
        var year = (reportYear ?? report.Published?.Year) - 1;
        return year is { } y ? Mention(m, PeriodKind.Year, y.ToString(CultureInfo.InvariantCulture)) with { Year = y } : null;
    }

    /// <summary>"At the start of the year": 1 January of the year named, else of the report's.</summary>
    private static PeriodMention? YearStartPoint(Match m, ReportPeriod report)
    {
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : report.Reference?.Year;
        return year is { } y ? Mention(m, PeriodKind.PointInTime, PeriodText.Day(new DateOnly(y, 1, 1))) : null;
    }

    /// <summary>"From 2015 to 2019": January of the first to December of the last, or to the report's month while that year runs.</summary>
    private static PeriodMention? YearRangePeriod(Match m, ReportPeriod report)
    {
        var first = int.Parse(m.Groups["y1"].Value, CultureInfo.InvariantCulture);
        var last = int.Parse(m.Groups["y2"].Value, CultureInfo.InvariantCulture);
        if (last <= first || (report.Reference is { } reference && last > reference.Year))
        {
            return null;
        }

        var end = report.Reference is { } r && r.Year == last && !report.WholeYear ? r : new YearMonth(last, 12);
        return Mention(m, PeriodKind.Interval, $"{new YearMonth(first, 1)}/{end}");
    }

    /// <summary>"In January this year": the month named, in the report's year, else the publication's.</summary>
    private static PeriodMention? MonthOfThisYear(Match m, ReportPeriod report) => MonthIn(m, report.ReportMonth?.Year ?? report.Published?.Year);

    /// <summary>"In August last year": the month named, in the year before the report's.</summary>
    private static PeriodMention? MonthOfLastYear(Match m, ReportPeriod report) => MonthIn(m, LastYearPeriod(m, report)?.Year);

    private static PeriodMention? MonthIn(Match m, int? year)
    {
        if (year is not { } y || (!MonthNames.TryParse(m.Groups["month"].Value, out var number) && !LocalMonth(m.Groups["month"].Value, out number)))
        {
            return null;
        }

        var month = new YearMonth(y, number);
        return Mention(m, PeriodKind.Month, month.ToString()) with { Month = month };
    }

    /// <summary>"A year earlier" after a month: that month a year before. Read before the sentence's years are.</summary>
    private static PeriodMention? MonthYearEarlier(Match m, IReadOnlyList<PeriodMention> found)
    {
        if (found.Where(f => f.End <= m.Index && f.Month is not null && f.Kind is PeriodKind.Month or PeriodKind.PointInTime).MaxBy(f => f.End)?.Month is not { } earlier)
        {
            return null;
        }

        var before = earlier.AddMonths(-12);
        return Mention(m, PeriodKind.Month, before.ToString()) with { Month = before };
    }

    /// <summary>"A year earlier" after no month: the year before the one the sentence names before it; else the year before the report's.</summary>
    private static PeriodMention? YearEarlierPeriod(Match m, ReportPeriod report, IReadOnlyList<PeriodMention> found)
    {
        // "120,513 in 2021 and 103,371 a year before that": the year before the one the sentence named.
        if (found.Where(f => f.End <= m.Index && f is { Kind: PeriodKind.Year, Year: not null }).MaxBy(f => f.End)?.Year is { } named)
        {
            // Said of a figure compared with the one before it, as "than in 2020" is.
            var year = named - 1;
            return Mention(m, PeriodKind.Year, year.ToString(CultureInfo.InvariantCulture)) with { Year = year, IsComparative = true };
        }

        return LastYearPeriod(m, report);
    }

    private static PeriodMention? YesterdayPoint(Match m, ReportPeriod report) =>
        report.Published is { } published
            ? Mention(m, PeriodKind.PointInTime, PeriodText.Day(published.AddDays(-1)))
            : null;

    /// <summary>
    /// "There were more than 200 people in the centre on Monday", in a story of Tuesday: the last such day up to the story's.
    /// The day of a statement ("… the minister said on Monday") is left to <see cref="SpokenOn"/>, which dates what was said.
    /// </summary>
    private static PeriodMention? WeekdayPoint(Match m, string text, ReportPeriod report, LocalPeriods own)
    {
        if (report.Published is not { } published || own.Weekday(m.Groups["weekday"].Value) is not { } weekday
            || own.SpokenOn?.Matches(text).Any(s => s.Index <= m.Index && s.Index + s.Length >= m.Index + m.Length) == true)
        {
            return null;
        }

        return Mention(m, PeriodKind.PointInTime, PeriodText.Day(LastWeekday(published, weekday))) with { ClauseOnly = true };
    }

    private static DateOnly LastWeekday(DateOnly published, DayOfWeek weekday) =>
        published.AddDays(-(((int)published.DayOfWeek - (int)weekday + 7) % 7));

    /// <summary>"In the same period", "u ovom periodu": the period of the sentence before; "in the same month", its month only.</summary>
    private static PeriodMention? SamePeriodAs(Match m, PeriodMention? previous, IReadOnlyList<PeriodMention> found)
    {
        // "… issued since January 2018 reached 39,507 and applications lodged over the same period rose to 2,002": the
        // sentence's own span before it comes first.
        if (found.Where(f => f.End <= m.Index && !f.IsComparative && f.Kind is PeriodKind.Interval or PeriodKind.Month or PeriodKind.Year).MaxBy(f => f.End) is { } own)
        {
            previous = own;
        }

        if (previous is null || (m.Value.EndsWith("month", StringComparison.OrdinalIgnoreCase) && previous.Kind != PeriodKind.Month))
        {
            return null;
        }

        // After "on 30 June", "in the same period" is June: a flow is not stated over a day.
        if (previous.Kind == PeriodKind.PointInTime && previous.Period.Length == 10)
        {
            var month = new YearMonth(int.Parse(previous.Period[..4], CultureInfo.InvariantCulture), int.Parse(previous.Period[5..7], CultureInfo.InvariantCulture));
            return Mention(m, PeriodKind.Month, month.ToString()) with { Month = month };
        }

        return previous with { Start = m.Index, Length = m.Length, IsComparative = false };
    }

    /// <summary>"Currently", "trenutno": the day the document was published.</summary>
    private static PeriodMention? CurrentlyPoint(Match m, ReportPeriod report) =>
        report.Published is { } published
            ? Mention(m, PeriodKind.PointInTime, PeriodText.Day(published))
            : null;

    /// <summary>"Tokom godine", "gjatë vitit": the year the document reports on.</summary>
    private static PeriodMention? ReportYearPeriod(Match m, ReportPeriod report) =>
        report.ReportMonth is { } month
            ? Mention(m, PeriodKind.Year, month.Year.ToString(CultureInfo.InvariantCulture)) with { Year = month.Year }
            : null;

    /// <summary>
    /// "935 in December. For the year as a whole, …" in a text with no report month: the year of the month or the year the
    /// sentence before spoke of.
    /// </summary>
    private static PeriodMention? YearGoneOn(Match m, PeriodMention? previous) =>
        previous switch
        {
            { Kind: PeriodKind.Month, Month: { } month } => Mention(m, PeriodKind.Year, month.Year.ToString(CultureInfo.InvariantCulture)) with { Year = month.Year },
            { Kind: PeriodKind.Year, Year: { } year } => Mention(m, PeriodKind.Year, year.ToString(CultureInfo.InvariantCulture)) with { Year = year },
            _ => null,
        };

    private static PeriodMention? PreviousMonthPeriod(Match m, ReportPeriod report) =>
        report.ReportMonth is { } month ? Mention(m, PeriodKind.Month, month.AddMonths(-1).ToString()) with { Month = month.AddMonths(-1) } : null;

    private static PeriodMention? BetweenMonthsPeriod(Match m, ReportPeriod report)
    {
        if (!TryMonth(m.Groups["m1"], m.Groups["y1"].Success ? m.Groups["y1"] : m.Groups["y2"], report, out var from) || !TryMonth(m.Groups["m2"], m.Groups["y2"], report, out var to))
        {
            return null;
        }

        // "From January to August" with no year, in a piece of January 2019: the last August before it, and its January.
        if (!m.Groups["y1"].Success && !m.Groups["y2"].Success)
        {
            from = new YearMonth(from.Month <= to.Month ? to.Year : to.Year - 1, from.Month);
        }

        var d1 = Day(m.Groups["d1"]);
        // "between June and mid-October 2015": to the middle of the last month.
        var d2 = Day(m.Groups["d2"]) ?? (m.Groups["mid2"].Success ? 15 : null);
        if (to < from || d1 > from.DaysInMonth || d2 > to.DaysInMonth)
        {
            return null;
        }

        var wholeMonths = (d1 is null or 1) && (d2 is null || d2 == to.DaysInMonth);
        if (wholeMonths && from.Month == 1 && to.Month == 12 && from.Year == to.Year)
        {
            // "Between January and December 2018" is the year 2018.
            return Mention(m, PeriodKind.Year, from.Year.ToString(CultureInfo.InvariantCulture)) with { Year = from.Year };
        }

        var period = wholeMonths ? $"{from}/{to}" : $"{Date(from, d1 ?? 1)}/{Date(to, d2 ?? to.DaysInMonth)}";
        return Mention(m, PeriodKind.Interval, period);
    }

    /// <summary>"in the second quarter", "the third quarter of 2021": its three months, in the report's year when none is named.</summary>
    private static PeriodMention? QuarterPeriod(Match m, ReportPeriod report)
    {
        var quarter = m.Groups["q"].Success ? m.Groups["q"].Value[0] - '0'
            : m.Groups["q2"].Success ? 2 : m.Groups["q3"].Success ? 3 : m.Groups["q4"].Success ? 4 : 0;
        int? named = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        // A quarter that cannot be placed, or is not over, is still the sentence's period: no other month is taken for it.
        if (quarter == 0 || (named ?? report.Reference?.Year) is not { } year)
        {
            return Mention(m, PeriodKind.Unknown, string.Empty);
        }

        var from = new YearMonth(year, (quarter * 3) - 2);
        var to = new YearMonth(year, quarter * 3);
        return report.Reference is { } reference && to > reference ? Mention(m, PeriodKind.Unknown, string.Empty) : Mention(m, PeriodKind.Interval, $"{from}/{to}");
    }

    /// <summary>"3,357 counted on 8 July, up from the week before, when 2,997 …": that many weeks before the day the sentence named.</summary>
    private static PeriodMention? WeeksBeforePoint(Match m, IReadOnlyList<PeriodMention> found)
    {
        if (found.Where(f => f is { Kind: PeriodKind.PointInTime, Period.Length: 10 } && f.End <= m.Index).MaxBy(f => f.End) is not { } anchor)
        {
            return null;
        }

        var weeks = m.Groups["n"].Success ? EnglishNumberWords.Parse(m.Groups["n"].Value) ?? 1 : 1;
        return Mention(m, PeriodKind.PointInTime, PeriodText.Day(PeriodText.ParseDay(anchor.Period).AddDays(-7 * (int)weeks)));
    }

    private static PeriodMention? SincePeriod(Match m, ReportPeriod report)
    {
        if ((report.ReportMonth ?? report.TextMonth) is not { } end)
        {
            // No report month: since then up to the day the document was published. Without that day the span
            // has no end, and its start alone is not the period.
            return report.Published is { } published && TryStart(m, report) is { } first && first <= YearMonth.From(published)
                ? Mention(m, PeriodKind.Interval, $"{Date(first, StartDay(m, first))}/{PeriodText.Day(published)}")
                : report.Published is null ? Mention(m, PeriodKind.Unknown, string.Empty) : null;
        }

        YearMonth start;
        if (m.Groups["month"].Success)
        {
            if (!TryMonth(m.Groups["month"], m.Groups["year"], report, out start))
            {
                return null;
            }
        }
        else
        {
            start = new YearMonth(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), 1);
        }

        return start > end ? null : Mention(m, PeriodKind.Interval, $"{start}/{end}");
    }

    private static YearMonth? TryStart(Match m, ReportPeriod report)
    {
        if (m.Groups["month"].Success)
        {
            return TryMonth(m.Groups["month"], m.Groups["year"], report, out var month) ? month : null;
        }

        return new YearMonth(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), 1);
    }

    private static PeriodMention? UpTo(PeriodMention? end, bool until) => until && end is not null ? end with { ToDate = true } : end;

    private static PeriodMention? EndOfPeriod(Match m, ReportPeriod report)
    {
        YearMonth month;
        if (m.Groups["wholeyear"].Success)
        {
            // "At the end of 2016 there were 7,000": its December; "by the end of 2016", of a flow, the whole year.
            month = new YearMonth(int.Parse(m.Groups["wholeyear"].Value, CultureInfo.InvariantCulture), 12);
            return Mention(m, PeriodKind.PointInTime, month.ToString()) with { Month = month, ToDate = true };
        }

        if (m.Groups["month"].Success)
        {
            if (!TryMonth(m.Groups["month"], m.Groups["year"], report, out month))
            {
                return null;
            }
        }
        else if (report.ReportMonth is { } reportMonth)
        {
            month = reportMonth;
        }
        else
        {
            return null;
        }

        return Mention(m, PeriodKind.PointInTime, month.ToString()) with { Month = month };
    }

    private static PeriodMention? DayPoint(Match m, ReportPeriod report)
    {
        if (!TryMonth(m.Groups["month"], m.Groups["year"], report, out var month) || Day(m.Groups["day"]) is not { } day || day > month.DaysInMonth)
        {
            return null;
        }

        return Mention(m, PeriodKind.PointInTime, Date(month, day));
    }

    private static PeriodMention? DayRangePeriod(Match m, ReportPeriod report)
    {
        if (!TryMonth(m.Groups["month"], m.Groups["year"], report, out var month)
            || Day(m.Groups["d1"]) is not { } d1 || Day(m.Groups["d2"]) is not { } d2 || d1 >= d2 || d2 > month.DaysInMonth)
        {
            return null;
        }

        return d1 == 1 && d2 == month.DaysInMonth
            ? Mention(m, PeriodKind.Month, month.ToString()) with { Month = month }
            : Mention(m, PeriodKind.Interval, $"{Date(month, d1)}/{Date(month, d2)}");
    }

    /// <summary>"The previous month" is the one before the month the sentence names before it, else before the report month.</summary>
    private static PeriodMention? RelativeMonthPeriod(Match m, ReportPeriod report, IReadOnlyList<PeriodMention>? found = null)
    {
        var named = m.Groups["previous"].Success ? found?.Where(f => f.End <= m.Index && f.Kind == PeriodKind.Month && f.Month is not null).MaxBy(f => f.End)?.Month : null;
        if ((named ?? report.ReportMonth) is not { } reportMonth)
        {
            return null;
        }

        var month = m.Groups["previous"].Success ? reportMonth.AddMonths(-1) : reportMonth;
        return Mention(m, PeriodKind.Month, month.ToString()) with { Month = month, MonthBefore = m.Groups["previous"].Success };
    }

    /// <summary>
    /// "The same period of 2020" in a report on October 2021 is January to October 2020; after "from January to
    /// August 2021", "the same period last year" is January to August 2020.
    /// </summary>
    /// <summary>Whether "last year" ends the words of the same period of last year ("u istom razdoblju prošle godine").</summary>
    private static bool InSamePeriod(LocalPeriods? local, string text, Match lastYear) =>
        local is not null && local.SamePeriodOfYear.Matches(text).Any(s => s.Index < lastYear.Index && s.Index + s.Length >= lastYear.Index + lastYear.Length);

    private static PeriodMention? SamePeriodPeriod(Match m, ReportPeriod report, IReadOnlyList<PeriodMention> found, PeriodMention? previous = null, bool spanOnly = false)
    {
        // "… in the first nine months of this year. That is 18% more than in the same period last year": the sentence before's span.
        var own = found.Where(f => f.End <= m.Index && !f.IsComparative)
                .Select(f => YearSoFar(f) is { } soFar ? f with { Kind = PeriodKind.Interval, Period = soFar } : f)
                .Where(f => f is { Kind: PeriodKind.Interval, Period.Length: 15 or 21 })
                .MaxBy(f => f.End)
            ?? (report.ReportMonth is null && previous is { Kind: PeriodKind.Interval, IsComparative: false, Period.Length: 15 or 21 } ? previous : null);
        if (own is null && spanOnly)
        {
            return null;
        }

        var shift = own is null || !m.Groups["year"].Success ? -1 : int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) - int.Parse(own.Period[..4], CultureInfo.InvariantCulture);
        if (own is { Period.Length: 21 })
        {
            // Days: "the total for 2020 to 4,459 (up to 28 April) – 16% less than in the same period of 2019 (5,288)".
            return Mention(m, PeriodKind.Interval, PeriodText.Days(PeriodText.ParseDay(own.Period[..10]).AddYears(shift), PeriodText.ParseDay(own.Period[11..]).AddYears(shift)));
        }

        if (own is not null)
        {
            var from = new YearMonth(int.Parse(own.Period[..4], CultureInfo.InvariantCulture) + shift, int.Parse(own.Period[5..7], CultureInfo.InvariantCulture));
            var to = new YearMonth(int.Parse(own.Period[8..12], CultureInfo.InvariantCulture) + shift, int.Parse(own.Period[13..15], CultureInfo.InvariantCulture));
            return Mention(m, PeriodKind.Interval, $"{from}/{to}");
        }

        if (report.ReportMonth is not { } reportMonth)
        {
            return null;
        }

        var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : reportMonth.Year - 1;
        return report.ReportMonthSoFar is { } day
            ? Mention(m, PeriodKind.Interval, PeriodText.Days(new DateOnly(year, 1, 1), day.AddYears(year - day.Year)))
            : Mention(m, PeriodKind.Interval, $"{new YearMonth(year, 1)}/{new YearMonth(year, reportMonth.Month)}");
    }

    /// <summary>"By the end of July" counts from January: the span as text, months or days.</summary>
    private static string? YearSoFar(PeriodMention period) => period is { Kind: PeriodKind.PointInTime, ToDate: true }
        ? period.Period.Length == 7 ? $"{period.Period[..4]}-01/{period.Period}" : period.Period.Length == 10 ? $"{period.Period[..4]}-01-01/{period.Period}" : null
        : null;

    /// <summary>The same months as the same-period mention this year is joined to, in this year.</summary>
    private static PeriodMention? AndSamePeriod(Match m, string text, IReadOnlyList<PeriodMention> found)
    {
        var same = found.Where(f => f.End <= m.Index && f.Kind == PeriodKind.Interval && f.Period.Length == 15).MaxBy(f => f.End);
        if (same is null || SamePeriodOfYear().Match(text, same.Start, same.Length) is not { Success: true })
        {
            return null;
        }

        var year = m.Groups["year"].Value;
        return Mention(m, PeriodKind.Interval, $"{year}{same.Period[4..8]}{year}{same.Period[12..]}");
    }

    /// <summary>"The first ten months of 2020" is January to October 2020, "the first half of 2022" January to June.</summary>
    /// <summary>"The first three quarters of 2021": January to the ninth month, of the year named, else of the report's.</summary>
    private static PeriodMention? FirstMonthsPeriod(Match m, ReportPeriod report, LanguagePack language)
    {
        var count = m.Groups["count"];
        long? number = !count.Success ? 1
            : int.TryParse(count.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits
            : LocalNumbers.For(language).ValueOf(count.Value) is > 0 and var local ? local
            : EnglishNumberWords.Parse(count.Value);
        var months = m.Groups["half"].Success ? 6 * number
            : m.Groups["quarter"].Success ? 3 * number
            : number;
        // "The last four months of 2017" end with its December; "the last four months" alone run back from any day.
        var fromTheEnd = m.Groups["last"].Success;
        if (months is not { } span || span is < 1 or > 12 || (fromTheEnd && !m.Groups["year"].Success))
        {
            return null;
        }

        // Without a year, the months counted are over when the text is written: "the first eight months of the year" in
        // a chapter published in January is last year's.
        // "the first five months of last year": the year before the text's.
        var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)
            : m.Groups["prior"].Success ? report.Reference?.Year - 1
            : report.Resolve((int)span, null)?.Year;
        if (year is not { } y)
        {
            return null;
        }

        var (first, end) = fromTheEnd ? (13 - (int)span, 12) : (1, (int)span);
        return span == 12
            ? Mention(m, PeriodKind.Year, y.ToString(CultureInfo.InvariantCulture)) with { Year = y }
            : first == end ? Mention(m, PeriodKind.Month, new YearMonth(y, first).ToString()) with { Month = new YearMonth(y, first) }
            : Mention(m, PeriodKind.Interval, $"{new YearMonth(y, first)}/{new YearMonth(y, end)}");
    }

    private static PeriodMention? MonthPeriod(Match m, ReportPeriod report)
    {
        if (!TryMonth(m.Groups["month"], m.Groups["year"], report, out var month))
        {
            return null;
        }

        // News or a report that names the month it is published in, before that month is over, counts up to its own
        // day: "in January, 132 were detected" on 26 January is not January's figure.
        if ((report.ReportMonth is null || report.ReportMonth == month) && report.Published is { } published && YearMonth.From(published) == month
            && published.Day < month.DaysInMonth)
        {
            return Mention(m, PeriodKind.Interval, $"{Date(month, 1)}/{PeriodText.Day(published)}") with { SoFar = published };
        }

        return Mention(m, PeriodKind.Month, month.ToString()) with { Month = month, YearImplied = !m.Groups["year"].Success };
    }

    /// <summary>
    /// "427 in January, 594 in February, … and 785 in December 2018", "in 2018: 427 in January, 594 in February": months
    /// listed without their year are in the one year the sentence states, not each in the latest before publication.
    /// </summary>
    private static List<PeriodMention> ListedMonthsInStatedYear(List<PeriodMention> found, ReportPeriod report)
    {
        var implied = found.Where(f => f is { YearImplied: true, Month: not null, IsComparative: false }).ToList();
        var years = found.Where(f => !f.IsComparative && (f.Kind == PeriodKind.Year || f is { Month: not null, YearImplied: false }))
            .Select(f => f.Year ?? f.Month!.Value.Year).Distinct().ToList();
        if (implied.Count < 2 || years.Count != 1)
        {
            return found;
        }

        return found.Select(f =>
        {
            if (!implied.Contains(f) || f.Month!.Value.Year == years[0])
            {
                return f;
            }

            var month = new YearMonth(years[0], f.Month.Value.Month);
            return report.Published is { } published && month > YearMonth.From(published) ? f : f with { Month = month, Period = month.ToString() };
        }).ToList();
    }

    private static PeriodMention YearPeriod(Match m)
    {
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        return Mention(m, PeriodKind.Year, year.ToString(CultureInfo.InvariantCulture)) with { Year = year };
    }

    private static PeriodMention Mention(Match m, PeriodKind kind, string period) =>
        new() { Start = m.Index, Length = m.Length, Kind = kind, Period = period };

    private static bool TryMonth(Group name, Group year, ReportPeriod report, out YearMonth month)
    {
        month = default;
        if (!MonthNames.TryParse(name.Value, out var number) && !LocalMonth(name.Value, out number))
        {
            return false;
        }

        int? explicitYear = year.Success ? int.Parse(year.Value, CultureInfo.InvariantCulture) : null;
        if (report.Resolve(number, explicitYear) is not { } resolved)
        {
            return false;
        }

        month = resolved;
        return true;
    }

    /// <summary>A month named in a language of the region, in any of its forms ("oktobru", "tetorit", "oktomvri").</summary>
    private static bool LocalMonth(string name, out int number)
    {
        foreach (var pack in LanguagePacks.All)
        {
            if (pack.Months.TryGetValue(name, out number))
            {
                return true;
            }
        }

        number = 0;
        return false;
    }

    private static int? Day(Group group) =>
        group.Success && int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31 ? day : null;

    private static string Date(YearMonth month, int day) => string.Create(CultureInfo.InvariantCulture, $"{month}-{day:D2}");

    /// <summary>English's words of comparison, which a text in another language may quote, and an English text has no local pack for.</summary>
    private static System.Text.RegularExpressions.Regex EnglishComparison => LocalPeriods.For(LanguagePacks.English).Comparison;

    /// <summary>
    /// A period stands in a comparison when its comma-delimited stretch of the sentence says so
    /// ("a 27% increase compared to the previous month"), or continues one with "and"
    /// ("… on par with the previous month (2,273) and in July 2021").
    /// </summary>
    private static bool IsComparative(string text, int position, LocalPeriods? local)
    {
        var end = position;
        while (true)
        {
            var start = end;
            while (start > 0 && !IsStretchBoundary(text, start - 1))
            {
                start--;
            }

            var fragment = text[start..end];
            if (ComparisonWords().IsMatch(fragment) || local?.Comparison.IsMatch(fragment) == true || EnglishComparison.IsMatch(fragment))
            {
                return true;
            }

            if (start == 0 || !ContinuesWithAnd().IsMatch(fragment))
            {
                return false;
            }

            // Step over a parenthesised value, "(2,273)", to the stretch it closes.
            end = start - 1;
            if (text[end] == ')')
            {
                var open = text.LastIndexOf('(', end);
                if (open < 0)
                {
                    return false;
                }

                end = open;
            }
        }
    }

    /// <summary>
    /// Punctuation that delimits a stretch; the comma inside "3,470" does not. A colon ends what leads to a list
    /// ("porastao: u siječnju 157, u veljači 315"): the months after it are the list's, not the comparison's.
    /// </summary>
    private static bool IsStretchBoundary(string text, int i) =>
        text[i] is ';' or '(' or ')' || (text[i] is ',' or ':') && (i + 1 >= text.Length || !char.IsDigit(text[i + 1]));

    [GeneratedRegex(@"\b(?:compared|comparison|versus|vs\.?|par\s+with|increase|decrease|rise|drop|relative\s+to|against|above|below|highest|lowest|largest|smallest|fewest|record|same\s+as|similar\s+to|as\s+many\s+as|(?:fewer|more|less)\s+than\b(?!\s+(?:\d|some|about|an?\b)))\b|\b(?:up|down)\s+(?:by\s+)?\d|\b(?:up|down)\s+from\b|\d\s?%\s+(?:more|fewer|less|higher|lower|on|over|from)\b|\b(?:than|(?<!^\s*|[,;:]\s*|\b\p{L}+ed\s+)over)\s+(?:in\s+|during\s+|for\s+|at\s+)?(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonWords();

    [GeneratedRegex(@"^\s*(?:and|or|as\s+well\s+as)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuesWithAnd();

    [GeneratedRegex(@"\b(?:(?:the|a)\s+week\s+(?:before|earlier)|the\s+previous\s+week|(?<n>one|two|three|four|[1-4])\s+weeks?\s+(?:ago|before|earlier))\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeeksBefore();

    [GeneratedRegex(@"\bsince\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year\b", RegexOptions.IgnoreCase)]
    private static partial Regex SinceYearStart();

    /// <summary>"between the start of this year and Aug. 15": the year so far to that day.</summary>
    [GeneratedRegex(@"\bbetween\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year\s+and\s+(?:(?<day>\d{1,2})\s+(?<month>" + M + @")\.?|(?<month>" + M + @")\.?\s+(?<day>\d{1,2}))(?:,?\s+(?<year>(?:19|20)\d{2}))?(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex YearStartToDay();

    /// <summary>"between 19 June and 24 September", "from 19 June to 19 September 2015": days of two months, the year said once or not at all.</summary>
    [GeneratedRegex(@"\b(?i:between|from)\s+(?<d1>\d{1,2})\s+(?<m1>" + M + @")\.?\s+(?i:and|to|until|till|through)\s+(?:(?<d2>\d{1,2})\s+|(?<mid2>(?i:mid-?|the\s+middle\s+of))\s*)(?<m2>" + M + @")\.?(?:,?\s+(?<y2>(?:19|20)\d{2}))?(?![\p{L}\d])")]
    private static partial Regex DaysOfTwoMonths();

    /// <summary>"from the start of 2015 until June": January of that year to the month, which is in it.</summary>
    [GeneratedRegex(@"\b(?:from|between)\s+the\s+(?:beginning|start)\s+of\s+(?:(?<year>(?:19|20)\d{2})|the\s+year|this\s+year)\s+(?:to|until|till|through|up\s+to|and)\s+(?:the\s+end\s+of\s+)?(?<month>" + M + @")\.?(?:\s+(?<y2>(?:19|20)\d{2}))?(?![\p{L}\d]|\s+\d)", RegexOptions.IgnoreCase)]
    private static partial Regex YearStartToMonth();

    [GeneratedRegex(@"\b(?:(?<lead>(?i:from|between))\s+)?(?<m1>" + M + @")(?:\s+(?<y1>(?:19|20)\d{2}))?\s+(?:(?i:to|until|through)|(?(lead)(?i:and)|(?!)))\s+(?:(?i:the\s+end\s+of\s+)|(?<mid2>(?i:mid-?|the\s+middle\s+of))\s*)?(?<m2>" + M + @")(?:\s+(?<y2>(?:19|20)\d{2}))?(?![\p{L}\d])")]
    private static partial Regex FromMonthToMonth();


    /// <summary>Not "the same period in 2021", which names its year (<see cref="SamePeriodOfYear"/>).</summary>
    [GeneratedRegex(@"\b(?:in|during|over)\s+the\s+same\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+(?=months))?(?:period|months?)\b(?!\s+(?:(?:of|in)\s+(?:19|20)\d{2}|last\s+year)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishSamePeriod();

    [GeneratedRegex(@"\b(?:currently|today(?![\p{L}'’])|right\s+now|at\s+present|at\s+the\s+moment|at\s+(?:the\s+)?time\s+of\s+(?:this\s+)?writing|when\s+this\s+(?:chapter|report|update|article)\s+was\s+written)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishCurrently();

    /// <summary>"During the month" is the report month; "the month of October" is October.</summary>
    [GeneratedRegex(@"\b(?:during|in|over|throughout)\s+the\s+month\b(?!\s+of)", RegexOptions.IgnoreCase)]
    private static partial Regex DuringTheMonth();

    [GeneratedRegex(@"\b(?:between\s+|from\s+)?(?:(?<d1>\d{1,2})\s+)?(?<m1>" + M + @")\s+(?<y1>(?:19|20)\d{2})\s*(?:and|to|until|till|through|–|-|—)\s*(?:(?<d2>\d{1,2})\s+)?(?<m2>" + M + @")\s+(?<y2>(?:19|20)\d{2})\b")]
    private static partial Regex BetweenMonths();

    /// <summary>"Jan-Sep 2022", "January–October 2022": both months in the year written once; "in April – June": the report's year.</summary>
    [GeneratedRegex(@"\b(?:(?<d1>\d{1,2})\s+)?(?<m1>" + M + @")\s*[-–—]\s*(?:(?<d2>\d{1,2})\s+)?(?<m2>" + M + @")(?:\s+(?<y2>(?:19|20)\d{2})\b|(?![\p{L}\d]))")]
    private static partial Regex MonthToMonthOfYear();

    /// <summary>"in the second quarter", "the third quarter of 2021": the English pack's words.</summary>
    private static Regex LaterQuarter => LanguagePacks.English.WordRegex("later-quarter", @"\b(?:", @")\b")!;

    /// <summary>A year written in four digits, not a part of a larger number, a date or a range of years.</summary>
    [GeneratedRegex(@"(?<![\d.,/-])(?:19|20)\d\d(?![\d/-]|[.,]\d)")]
    internal static partial Regex YearNumber();

    [GeneratedRegex(@"\b(?:" + MonthNames.Pattern + @")\.?\s+(?:19|20)\d\d(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthAndYear();

    /// <summary>"The most since October 2020": a time the figure is compared with, not one it counts from or in.</summary>

    [GeneratedRegex(@"\b(?:most|highest|lowest|largest|biggest|fewest|least|first\s+time|than\s+(?:at\s+)?any\s+(?:time|point))(?:\s+\p{L}+){0,2}?\s+since\s+(?:(?:\d{1,2}\s+)?(?:" + M + @")(?:\s+(?:19|20)\d{2})?|(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex SuperlativeSince();

    [GeneratedRegex(@"\bsince\s+(?:(?:the\s+)?[\p{L}\s-]{0,60}?\s+(?:in\s+)?)??(?:(?:(?<day>\d{1,2})\s+)?(?<month>" + M + @")(?:\s+(?<year>(?:19|20)\d{2}))?|(?<year>(?:19|20)\d{2}))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Since();

    /// <summary>
    /// "As of June, around 200 thousand refugees have entered the country": before what has been done since, "as of" a
    /// month opens a span to the report's end ("as of June 2016, 2,000 are in Serbia" stays a point in time).
    /// </summary>
    [GeneratedRegex(@"\bas\s+(?:of|from)\s+(?<month>" + M + @")(?:\s+(?<year>(?:19|20)\d{2}))?\b(?=[^.;]*?\b(?:have|has)\s+(?:been\s+|already\s+)?(?:entered|arrived|crossed|come|registered|recorded|passed|detected|expressed|applied|sought|reached))", RegexOptions.IgnoreCase)]
    private static partial Regex AsOfBeforeDone();

    [GeneratedRegex(@"\b(?i:(?:at|by|as\s+of|as\s+at|towards|until)\s+(?:the\s+)?)?(?:(?i:end)\s+of\s+(?:(?<month>" + M + @")(?:\s+(?<year>(?:19|20)\d{2}))?|(?i:(?:the\s+)?(?:month|reporting\s+(?:period|month))))|(?i:end)-(?<month>" + M + @")(?:\s+(?<year>(?:19|20)\d{2}))?|(?i:end)\s+of\s+(?<wholeyear>(?:19|20)\d{2}))\b")]
    private static partial Regex EndOf();

    [GeneratedRegex(@"\b(?i:as\s+(?:of|at|on)|on)\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>" + M + @")(?:\s+(?<year>(?:19|20)\d{2}))?\b")]
    private static partial Regex AsOfDay();

    [GeneratedRegex(@"\b(?i:(?:in|during)\s+the\s+)?(?i:from\s+)?(?<d1>\d{1,2})\s*(?:[-–—]|to)\s*(?<d2>\d{1,2})\s+(?<month>" + M + @")(?:\s+(?<year>(?:19|20)\d{2}))?(?:\s+period)?\b")]
    private static partial Regex DayRange();

    [GeneratedRegex(@"(?<![\d,.])(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>" + M + @")(?:\s+(?<year>(?:19|20)\d{2}))?\b")]
    private static partial Regex DayOfMonth();

    /// <summary>"On September 30", "as of March 31, 2023", "until March 15th": the day after the month, as American English writes it; "by" and "until" run a flow up to it.</summary>
    [GeneratedRegex(@"\b(?i:(?:as\s+(?:of|at|on)|on|(?<until>by|until|till|up\s+to))\s+)(?<month>" + M + @")\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>(?:19|20)\d{2}))?(?![\d,.]\d)")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:the\s+)?(?:(?<previous>previous|preceding|last|prior)\s+month|a\s+month\s+(?<previous>earlier|before)|(?:this|the\s+current|the\s+reporting)\s+(?:month|period))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeMonth();

    [GeneratedRegex(@"(?:\b(?i:in|during|throughout|for|over|of|on|until|by)\s+(?i:the\s+(?:whole\s+|entire\s+)?month\s+of\s+)?)?\b(?<month>" + M + @")(?:\s+(?<year>(?:19|20)\d{2}))?(?![\p{L}])")]
    private static partial Regex MonthName();

    [GeneratedRegex(@"\b(?i:in|during|throughout|for)\s+(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex YearAfterPreposition();

    [GeneratedRegex(@"(?<![\d,.\p{L}/-])(?<year>(?:19|20)\d{2})(?![\d\p{L}]|[.,]\d|\s*[-–]\s*\d)")]
    private static partial Regex BareYear();

    /// <summary>"Q2 2021", "Q1/2020", "2021-Q3": a quarter as tables and charts of every language head a column.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?:q(?<q>[1-4])\s*[/-]?\s*(?<year>(?:19|20)\d{2})|(?<year>(?:19|20)\d{2})\s*[/-]?\s*q(?<q>[1-4]))(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterCode();

    private const int WeekDays = 7;

    /// <summary>"At the time of the visit", "on the day of his visit", "when the Special Rapporteur visited": the visit's month.</summary>
    [GeneratedRegex(@"\b(?:(?:at|by)\s+the\s+time\s+of\s+(?:the|his|her|their|our|my|its)\s+visit|on\s+the\s+days?\s+of\s+(?:the|his|her|their|our|my|its)\s+visit|when\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}visited)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VisitTime();

    /// <summary>"When the reporting period ended", "at the end of the reporting period": the last day of the report's days.</summary>
    [GeneratedRegex(@"\b(?:(?:at|by)\s+the\s+end\s+of\s+the\s+reporting\s+period|when\s+the\s+reporting\s+period\s+(?:ended|closed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportingPeriodEnd();

    [GeneratedRegex(@"^\s*(?-i:\p{Lu}[\p{Lu}\s-]{2,}|\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2}),\s+(?:" + M + @"\.?\s+\d{1,2}|\d{1,2}\.?\s+" + M + @"\.?)(?:,?\s+(?:19|20)\d{2})?\s*(?:\([^)]{1,40}\))?\s*[—–-]", RegexOptions.IgnoreCase)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\bthe\s+same\s+(?:period|months)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SamePeriodBefore();

    [GeneratedRegex(@"\bthe\s+same\s+(?:period|months)\s+(?:(?:of|in)\s+(?<year>(?:19|20)\d{2})|last\s+year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SamePeriodOfYear();

    /// <summary>"… the same period in 2020 (20,770) and in 2019 (19,498)": a year joined to a same-period one.</summary>
    [GeneratedRegex(@"(?<=\)\s*,?\s*(?:and|or)\s+)(?:(?:of|in)\s+)?(?<year>(?:19|20)\d{2})\b(?=\s*\()", RegexOptions.IgnoreCase)]
    private static partial Regex AndOfYear();
}
