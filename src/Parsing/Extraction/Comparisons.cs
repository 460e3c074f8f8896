using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Language.Text;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Extraction.Labels;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// A comparison that states the compared value is a second observation of the same indicator:
/// "a 27% increase compared to the previous month (3,953)" gives the previous month's value,
/// "compared to 3,953 in September" too.
/// </summary>
internal static partial class Comparisons
{
    private const int MaxGap = 4;

    /// <summary>The words of comparison of the packs the sentence is read with, compiled once per set of packs.</summary>
    private sealed record Words(HotRegex? HotComparedTo, HotRegex? HotOpensWithComparison, HotRegex? HotChange, HotRegex? HotFromAfterChange, HotRegex? HotContrast, HotRegex? HotApproximation, HotRegex? HotMerely)
    {
        public Regex? ComparedTo => HotComparedTo?.Regex;

        public Regex? OpensWithComparison => HotOpensWithComparison?.Regex;

        public Regex? Change => HotChange?.Regex;

        public Regex? FromAfterChange => HotFromAfterChange?.Regex;

        public Regex? Contrast => HotContrast?.Regex;

        public Regex? Approximation => HotApproximation?.Regex;

        public Regex? Merely => HotMerely?.Regex;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Words> Cache = new(StringComparer.Ordinal);

    private static Words For(IReadOnlyList<LanguagePack> packs) => Cache.GetOrAdd(string.Join(',', packs.Select(p => p.Code)), _ =>
    {
        HotRegex? Alternation(string key, string prefix, string suffix)
        {
            var words = packs.Select(p => p.Word(key)).Where(w => w.Length > 0).ToList();
            return words.Count == 0 ? null : new HotRegex(LanguagePack.Compile(prefix + "(?:" + string.Join('|', words) + ")" + suffix));
        }

        return new Words(
            Alternation("compared-to", @"\b(?:", @")\s+(?:the\s+)?$"),
            Alternation("opens-with-comparison", @"^\s*(?:", @")\b"),
            Alternation("change", @"\b(?:", @")\b"),
            Alternation("from-after-change", @"\b(?:", @")\s+$"),
            Alternation("contrast", @"\b(?:", @")\s+(?<span>[^,;:()]{1,60}?)\s+$"),
            Alternation("approx", @"\b(?:", @")\s+$"),
            Alternation("merely", @"\b(?:", @")\s+$"));
    });

    /// <param name="sentence">The sentence.</param>
    /// <param name="figures">The figures already read in it.</param>
    /// <param name="freeNumbers">Its numbers the lexicon gave nothing.</param>
    /// <param name="periods">Its period expressions.</param>
    /// <param name="packs">The packs the sentence is read with: their words of comparison.</param>
    /// <param name="tags">The concepts of the sentence: a sentence that opens with an indicator's words and a change has that subject.</param>
    /// <param name="previousFigures">The figures of the sentence before, which a sentence opening with a comparison continues.</param>
    public static IEnumerable<FigureCandidate> Read(
        Sentence sentence, IReadOnlyList<FigureCandidate> figures, IReadOnlyList<NumberMention> freeNumbers, IReadOnlyList<PeriodMention> periods,
        IReadOnlyList<LanguagePack> packs, IReadOnlyList<ConceptTag> tags, IReadOnlyList<FigureCandidate>? previousFigures = null)
    {
        var text = sentence.Text;
        var words = For(packs);

        // "Compared to May (1,562), the number fell by 34%", "That is 16% more compared to September (1,820)": the figure
        // compared is the sentence before's first, its subject, not a part named after it ("of whom 31 UASC").
        // "Arrivals decreased by 12% compared to the previous month (4,543)": the subject names it.
        var continued = words.OpensWithComparison?.IsMatch(text) == true ? previousFigures?.Where(f => f.Site is null).MinBy(f => f.Start) : null;
        var subject = Subject(sentence, tags, words);
        foreach (var number in freeNumbers)
        {
            if (number.IsRange)
            {
                continue;
            }

            // "Occupancy of TC Šid fell to 198, against over 500 in April": a centre's own figure compared is the centre's;
            // a centre named in a list after the figure is a part of it.
            var main = figures.Where(f => f.Start < number.Start && (f.Site is null || figures.Count == 1)).MaxBy(f => f.Start)
                ?? (continued is null ? null : continued with { Sentence = sentence, Start = 0, Length = 0, Period = string.Empty })
                ?? subject;
            // "more than 600 have entered this year, a sharp rise compared with 2017, when 849 were registered": a year so
            // far compared with a whole year names that year's total.
            // "In March, 1,212 arrivals were registered (2,900 since the beginning of the year)": a bracket that opens with a
            // value and a span from the year's start gives the month's running total.
            var period = main is null ? null
                : ComparedPeriod(text, number, periods, main.Measure, words, free: true)
                    ?? (main.Measure == Measures.Cumulative ? ComparedPeriod(text, number, periods, Measures.Year, words, free: true) : null)
                    ?? (main.Measure == Measures.Month && OpensBracket(text, number)
                        && ComparedPeriod(text, number, periods, Measures.Cumulative, words, free: true) is { Kind: PeriodKind.Interval } span ? span : null);
            if (main is null || period is null || period.Period == main.Period)
            {
                continue;
            }

            var running = main.Measure == Measures.Month && period.Kind == PeriodKind.Interval ? RunningTotals.ToMonth(main.Period, period.Period) : null;
            if (main.Measure == Measures.Month && period.Kind == PeriodKind.Interval && running is null)
            {
                continue;
            }

            // "rose to 2,002 since January 2018, from 1,900 a month before": a running total a month shorter.
            var shorter = main.Measure == Measures.Cumulative && period is { MonthBefore: true, Month: { } before } && main.Period.Length == 15
                && main.Period[8..] == before.AddMonths(1).ToString()
                ? main.Period[..8] + before
                : ShorterAtMonthEnd(main, period);
            if (main.Measure == Measures.Cumulative && period.Kind == PeriodKind.PointInTime && shorter is null)
            {
                continue;
            }

            yield return main with
            {
                // "16,723 in the 1-28 August period (compared to 13,425 in the whole month of July)": a whole month.
                Measure = running is not null ? Measures.Cumulative
                    : main.Measure == Measures.Cumulative && period.Kind == PeriodKind.Month && shorter is null ? Measures.Month
                    : period.Kind == PeriodKind.Year ? Measures.Year : main.Measure,
                Period = running ?? shorter ?? period.Period,
                Value = number.Value,
                Low = null,
                High = null,
                Approximate = number.Approximate,
                Start = number.Start,
                Length = number.Length,
                Rule = main.Rule + "/comparison",
            };
        }
    }

    private static bool OpensBracket(string text, NumberMention number) => text.AsSpan(0, number.Start).TrimEnd() is [.., '('];

    /// <summary>"since January 2018 reached 39,507 (36,679 at the end of July)": the running total at an earlier month's end.</summary>
    private static string? ShorterAtMonthEnd(FigureCandidate main, PeriodMention period)
    {
        if (period is not { Kind: PeriodKind.PointInTime, Month: { } month } || main.Period.IndexOf('/', StringComparison.Ordinal) is var slash && slash < 0)
        {
            return null;
        }

        var (from, to) = (main.Period[..slash], main.Period[(slash + 1)..]);
        if (string.CompareOrdinal(month.ToString(), to[..7]) >= 0 || string.CompareOrdinal(month.ToString(), from[..7]) < 0)
        {
            return null;
        }

        return from.Length == 7 ? from + "/" + month : from + "/" + PeriodText.Day(new DateOnly(month.Year, month.Month, month.DaysInMonth));
    }

    /// <summary>"Arrivals decreased by 12% …": a sentence that opens with a flow's words and a change speaks of that flow.</summary>
    private static FigureCandidate? Subject(Sentence sentence, IReadOnlyList<ConceptTag> tags, Words words)
    {
        if (tags.Count == 0 || words.Change?.Match(sentence.Text) is not { Success: true } change || tags[0].Start > change.Index)
        {
            return null;
        }

        var subject = IndicatorLexicon.Readings.FirstOrDefault(r => r.Indicator.IsFlow && r.Keys.Any(k => k.Concepts is [var only] && only == tags[0].Concept));
        return subject is null ? null : new FigureCandidate
        {
            Indicator = subject.Indicator.Code, Measure = Measures.Month, Period = string.Empty, Sentence = sentence, Start = 0, Length = 0, Rule = "subject",
        };
    }

    /// <summary>How far before the number a change's verb, and after it the value reached, may stand.</summary>
    private const int ChangeReach = 60;

    /// <summary>
    /// The value a change reached, when the number is the value it started from ("raised from 300 to more than 700",
    /// "povećan sa 300 na 700") with no period between the two; else null.
    /// </summary>
    public static NumberMention? StartOfChange(string text, NumberMention number, IReadOnlyList<NumberMention> numbers, IReadOnlyList<PeriodMention> periods, IReadOnlyList<LanguagePack> packs)
    {
        if (numbers.Where(n => n.Start >= number.End).MinBy(n => n.Start) is not { } reached
            || periods.Any(p => p.Start >= number.End && p.Start < reached.Start))
        {
            return null;
        }

        // Both ends are near the number: look only there, as a sentence of many numbers asks for each of them.
        if (reached.Start - number.End > ChangeReach)
        {
            return null;
        }

        var between = text.AsSpan(number.End, reached.Start - number.End);
        var lead = text.AsSpan(Math.Max(0, number.Start - ChangeReach), Math.Min(number.Start, ChangeReach));
        foreach (var pack in packs)
        {
            if (pack.WordRegex("change-to", @"^\s*(?:[\p{L}-]+\s+){0,3}?(?:", @")\s+(?:[\p{L}-]+\s+){0,2}$")?.IsMatch(between) == true
                && pack.WordRegex("change-from", @"(?<![\p{L}])(?:", @")\s+(?:[\p{L}]+\s+)?$")?.IsMatch(lead) == true)
            {
                return reached;
            }
        }

        return null;
    }

    /// <summary>
    /// "… fewer than in August, when there were 2,290": a value the words of comparison lead to, after a figure of its
    /// sentence, is that figure's value for the compared period, whatever its own words ("there were") seem to count.
    /// </summary>
    public static PeriodMention? ComparedPeriodOf(string text, NumberMention number, IReadOnlyList<PeriodMention> periods, IReadOnlyList<LanguagePack> packs)
    {
        if (number.IsRange || Lists.Bracketed(text, number))
        {
            return null;
        }

        var words = For(packs);
        return ComparedPeriod(text, number, periods, Measures.Month, words)
            ?? ComparedPeriod(text, number, periods, Measures.Year, words)
            ?? ComparedPeriod(text, number, periods, Measures.Stock, words)
            ?? ComparedPeriod(text, number, periods, Measures.Cumulative, words);
    }

    private static PeriodMention? ComparedPeriod(string text, NumberMention number, IReadOnlyList<PeriodMention> periods, string measure, Words words, bool free = false)
    {
        bool Fits(PeriodMention p) => measure switch
        {
            Measures.Month => p.Kind == PeriodKind.Month,
            Measures.Stock => p.Kind is PeriodKind.PointInTime or PeriodKind.Month,
            Measures.Cumulative => p.Kind is PeriodKind.Interval or PeriodKind.Month,
            Measures.Year => p.Kind == PeriodKind.Year,
            _ => false,
        };

        // "reached 39,507 (36,679 at the end of July)": a bracket that opens with the value and names its period.
        if (text[..number.Start].TrimEnd().EndsWith('(') && text.IndexOf(')', number.End) is var shut && shut > number.End
            && periods.Where(p => p.Start >= number.End && p.End <= shut && p.Start - number.End <= MaxGap + 8).MinBy(p => p.Start) is { } own
            && ValueThenPeriod().IsMatch(text.AsSpan(number.End, own.Start - number.End)))
        {
            return Fits(own) || (measure == Measures.Cumulative && own is { Kind: PeriodKind.PointInTime, Month: not null }) ? own : null;
        }

        // "… the previous month (3,953)": the value in brackets right after a comparative period.
        if (Lists.Bracketed(text, number))
        {
            var open = text.LastIndexOf('(', number.Start);
            var before = periods.Where(p => p.End <= open && open - p.End <= MaxGap).MaxBy(p => p.End);
            return before is { IsComparative: true } && Fits(before) ? before : null;
        }

        // "393 in November (October: 706)", "(Oct. 1,380; Sep. 1,502)": in brackets, each earlier period names its value.
        var bracket = text.LastIndexOf('(', number.Start);
        if (bracket >= 0 && text.IndexOf(')', bracket) is var close && (close < 0 || close > number.Start)
            && periods.Where(p => p.Start > bracket && p.End <= number.Start).MaxBy(p => p.End) is { } named
            && PeriodBeforeValue().IsMatch(text.AsSpan(named.End, number.Start - named.End))
            && BracketItems().IsMatch(text.AsSpan(bracket + 1, named.Start - bracket - 1)))
        {
            return Fits(named) ? named : null;
        }

        // "compared to 3,953 in September", "rose to 3,912 in September from 2,950 in August", "krahasuar me 506 në janar";
        // "against over 500 in April": the words of comparison stand before the value's qualifier.
        var lead = text[..number.Start];
        var qualifier = NumberReader.ApproximationBefore().Match(lead);
        if (!qualifier.Success && words.Approximation is { } approximation)
        {
            qualifier = approximation.Match(lead);
        }

        if (qualifier.Success && qualifier.Index > 0)
        {
            lead = lead[..qualifier.Index];
        }

        // "against only 162 in January-May 2017": a word that makes the value small stands between them too.
        if (words.Merely?.Match(lead) is { Success: true, Index: > 0 } merely)
        {
            lead = lead[..merely.Index];
        }

        // "…, while the whole of 2017 had seen 755": a clause set against the figure's, with a period of its own and no
        // noun, gives the figure's value for that period. A number with words of its own ("dok su trenutno 1.162 osobe
        // smeštene") counts what they say.
        if (free && words.Contrast?.Match(lead) is { Success: true } contrast)
        {
            var span = contrast.Groups["span"];
            return periods.Where(p => p.Start >= span.Index && p.End <= span.Index + span.Length).MinBy(p => p.Start) is { } set && Fits(set) ? set : null;
        }

        var compared = words.ComparedTo?.Match(lead);
        if (compared?.Success != true && words.FromAfterChange?.IsMatch(lead) != true)
        {
            return null;
        }

        // "three and a half times the 147 recorded in the whole of 2017": a participle may stand between the value and its period.
        var after = periods.Where(p => p.Start >= number.End && (p.Start - number.End <= MaxGap + 8
            || (p.Start - number.End <= MaxGap + 24 && WordsOnly().IsMatch(text.AsSpan(number.End, p.Start - number.End))))).MinBy(p => p.Start);
        if (after is not null && Fits(after))
        {
            return after;
        }

        // "… fewer than in August, when there were 2,290": the compared period stands before the words that lead to the value.
        var earlier = compared?.Success == true
            ? periods.Where(p => p.IsComparative && p.End <= compared.Index && compared.Index - p.End <= MaxGap + 12 && Fits(p)).MaxBy(p => p.End)
            : null;
        return earlier;
    }

    /// <summary>Between a value opening a bracket and its period: at most a few words ("at the end of" is the period's).</summary>
    [GeneratedRegex(@"^\s*(?:[\p{L}-]+\s+){0,2}$")]
    private static partial Regex ValueThenPeriod();

    /// <summary>Between a compared value and its period: words only, no figure, no clause's end.</summary>
    [GeneratedRegex(@"^\s+(?:[\p{L}-]+\s+){1,3}$")]
    private static partial Regex WordsOnly();

    /// <summary>Between a period in brackets and its value: nothing, a colon or a dash.</summary>
    [GeneratedRegex(@"^\s*[:–-]?\s*$")]
    private static partial Regex PeriodBeforeValue();

    /// <summary>Between the bracket and a period: nothing, or earlier items of the same kind ("Oct. 1,380; ").</summary>
    [GeneratedRegex(@"^(?:[^();]*[\d][^();]*[;,]\s*)*$")]
    private static partial Regex BracketItems();
}
