using MigrationFeeds.Parsing.Model;
using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// A number joined to a figure by "and" with no words of its own but a period or a place counts the same
/// thing: "381 irregular arrivals in September 2021 and 2,712 since the start of 2021", "2.010 migranata, a od
/// početka godine ukupno 6.399", "TRC Lipa hosted 1,020 of them and TRC Blažuj 890". A list of centres may
/// join its items by commas alone: "U TPC Lipa boravilo je 905 osoba, u TPC Borići 331, a u TPC Blažuj 342".
/// </summary>
internal static partial class Coordination
{
    private const int MaxGap = 90;
    private const int MaxOwnWords = 10;
    private const int MaxTailWords = 2;

    /// <param name="spoken">Where a number has words of its own that the lexicon reads ("left them", "cases"): such a number is no list item.</param>
    public static IEnumerable<FigureCandidate> Read(
        Sentence sentence, IReadOnlyList<FigureCandidate> figures, IReadOnlyList<NumberMention> free, IReadOnlyList<PeriodMention> periods,
        ReportPeriod report, Regex? localClauses, Func<NumberMention, bool>? spoken = null)
    {
        var text = sentence.Text;
        var added = new List<FigureCandidate>();
        foreach (var number in free)
        {
            var previous = figures.Concat(added).Where(f => f.Start + f.Length <= number.Start).MaxBy(f => f.Start);
            if (previous is not null && StandsFor(text, number, previous, periods, report, localClauses) is { } repeated)
            {
                added.Add(repeated);
                continue;
            }

            if (previous is null || spoken?.Invoke(number) == true
                || (Clauses.Around(text, number.Start, localClauses) != Clauses.Around(text, previous.Start, localClauses) && !BareClause(text, number, periods, localClauses)))
            {
                continue;
            }

            var gapStart = previous.Start + previous.Length;
            var gap = text[gapStart..number.Start];
            if (gap.Length > MaxGap || gap.Any(char.IsDigit) && !periods.Any(p => p.Start >= gapStart && p.End <= number.Start))
            {
                continue;
            }

            var joints = Joint.Matches(gap);
            var jointAt = joints.Count > 0 && JointNextTo(gap, gapStart, periods) ? joints[^1].Index : NextCentreInList(previous, gap);
            var listOfPeriods = false;
            if (jointAt < 0)
            {
                jointAt = NextPeriodInList(gap, gapStart, periods);
                listOfPeriods = jointAt >= 0;
            }

            if (jointAt < 0)
            {
                jointAt = NextValueInList(text, gap, gapStart, number, periods);
            }

            // "from 752 in 2017 to 3,401 in 2018": the value a change runs to counts what the one it runs from counts.
            if (jointAt < 0 && From.IsMatch(text.AsSpan(0, previous.Start)) && To.Match(gap) is { Success: true } to)
            {
                jointAt = to.Index;
            }
            if (jointAt < 0)
            {
                continue;
            }

            var (_, clauseEnd) = Clauses.Around(text, number.Start, localClauses);
            var own = text[number.End..clauseEnd];
            var stop = own.IndexOfAny([',', ';', '.', ':']);
            own = stop >= 0 ? own[..stop] : own;

            // "96 in the transit centres and 37 in the Reception Centre …": the next item of the list is not this one's words.
            var next = NextItem.Match(own);
            own = next.Success ? own[..next.Index] : own;
            if (Words().Matches(own).Count > MaxOwnWords || Verb.IsMatch(own))
            {
                continue;
            }

            var kind = previous.Measure == Model.Measures.Stock ? IndicatorKind.Stock : IndicatorKind.Flow;
            // In a list of periods each item's period comes before its number; one after it opens the next item.
            var period = periods.Where(p => !listOfPeriods && p.Start >= number.End && p.Start <= number.End + own.Length).Concat(
                    periods.Where(p => p.Start >= gapStart + jointAt && p.End <= number.Start))
                .Select(p => PeriodChooser.Map(kind, p, report))
                .FirstOrDefault(p => p is not null);
            var (measure, periodText) = period ?? (previous.Measure, previous.Period);

            added.Add(previous with
            {
                Measure = measure,
                Period = periodText,
                Value = number.Value,
                Low = number.Low,
                High = number.High,
                Approximate = number.Approximate,
                Site = null,
                Start = number.Start,
                Length = number.Length,
                Rule = previous.Rule + "/and",
            });
        }

        return added;
    }

    /// <summary>
    /// "…, a 30. aprila njih 5.604.": a clause of its own that holds only its joint, a period, a pronoun and the number
    /// continues the figure before it as a list item does.
    /// </summary>
    private static bool BareClause(string text, NumberMention number, IReadOnlyList<PeriodMention> periods, Regex? localClauses)
    {
        var (clauseStart, clauseEnd) = Clauses.Around(text, number.Start, localClauses);
        return periods.Any(p => p.Start >= clauseStart && p.End <= number.Start)
            && WordsBesidePeriods(text[clauseStart..number.Start], clauseStart, periods) <= MaxTailWords
            && Words().Matches(text[number.End..clauseEnd]).Count == 0;
    }

    /// <summary>
    /// "1,117 persons had expressed the intention to seek asylum in December; in January only 584 persons did so": a
    /// verb that stands for the one before it counts what that figure counts, in its own clause's period.
    /// </summary>
    private static FigureCandidate? StandsFor(string text, NumberMention number, FigureCandidate previous, IReadOnlyList<PeriodMention> periods, ReportPeriod report, Regex? localClauses)
    {
        var (clauseStart, clauseEnd) = Clauses.Around(text, number.Start, localClauses);
        var after = text[number.End..clauseEnd];
        var did = DidSo.Match(after);
        if (!did.Success || Words().Matches(after[..did.Index]).Count > MaxTailWords || text.AsSpan(number.End, did.Index).ContainsAny("0123456789"))
        {
            return null;
        }

        var kind = previous.Measure == Model.Measures.Stock ? IndicatorKind.Stock : IndicatorKind.Flow;
        var period = periods.Where(p => !p.IsComparative && p.Start >= Math.Max(clauseStart, previous.Start + previous.Length) && p.End <= clauseEnd)
            .Select(p => PeriodChooser.Map(kind, p, report)).FirstOrDefault(p => p is not null);
        var (measure, periodText) = period ?? (previous.Measure, previous.Period);
        return previous with
        {
            Measure = measure, Period = periodText, Value = number.Value, Low = number.Low, High = number.High, Approximate = number.Approximate,
            Site = null, Start = number.Start, Length = number.Length, Rule = previous.Rule + "/did-so",
        };
    }

    private static Regex DidSo => LanguagePacks.AnyWord("did-so", @"(?<![\p{L}])(?:", @")(?![\p{L}])")!;

    /// <summary>
    /// The joint must join the number itself ("… in September and 2,712"), perhaps with a period between
    /// ("and in October 2,100"); an "and" inside the words of the figure before ("unaccompanied and separated
    /// children (UASC), 135 in private accommodation") joins nothing to the number.
    /// </summary>
    private static bool JointNextTo(string gap, int gapStart, IReadOnlyList<PeriodMention> periods)
    {
        var joint = Joint.Matches(gap)[^1];
        var from = joint.Index + joint.Length;
        return WordsBesidePeriods(gap[from..], gapStart + from, periods) <= MaxTailWords;
    }

    /// <summary>The words of a stretch of the sentence that starts at <paramref name="offset"/>, the periods in it left out.</summary>
    private static int WordsBesidePeriods(string stretch, int offset, IReadOnlyList<PeriodMention> periods)
    {
        var letters = stretch.ToCharArray();
        foreach (var p in periods)
        {
            for (var i = Math.Max(p.Start - offset, 0); i < Math.Min(p.End - offset, letters.Length); i++)
            {
                letters[i] = ' ';
            }
        }

        return Words().Matches(new string(letters)).Count;
    }

    /// <summary>
    /// Where a comma opens the next item of a list of centres ("…, u TPC Borići 331"): after a count of persons
    /// accommodated, places or children present, the words after the comma name one centre. -1 when they do not.
    /// </summary>
    private static int NextCentreInList(FigureCandidate previous, string gap)
    {
        var comma = gap.LastIndexOf(',');
        if (comma < 0 || !SiteAttribution.SiteIndicators.Contains(previous.Indicator))
        {
            return -1;
        }

        var named = SiteGazetteer.Find(FoldedText.Fold(gap[(comma + 1)..]).Text);
        return named.Select(s => s.Name).Distinct().Count() == 1 ? comma : -1;
    }

    /// <summary>
    /// Where a comma opens the next item of a list of periods ("in January 157, in February 315", "u januaru 157,
    /// u februaru 315"): the words after the comma are a period and at most a preposition. -1 when they are not.
    /// </summary>
    private static int NextPeriodInList(string gap, int gapStart, IReadOnlyList<PeriodMention> periods)
    {
        var comma = gap.LastIndexOf(',');
        if (comma < 0)
        {
            return -1;
        }

        var from = gapStart + comma + 1;
        var inside = periods.Where(p => p.Start >= from && p.End <= gapStart + gap.Length && !p.IsComparative).ToList();
        return inside.Count == 1 && WordsBesidePeriods(gap[(comma + 1)..], from, inside) <= 1 ? comma : -1;
    }

    /// <summary>
    /// Where a comma opens the next item of a list of values each followed by its period ("427 in January, 594 in
    /// February, 710 in March"): the gap is the previous item's period and a comma, and a period follows the number
    /// with at most a preposition between. -1 when it is not such a list.
    /// </summary>
    private static int NextValueInList(string text, string gap, int gapStart, NumberMention number, IReadOnlyList<PeriodMention> periods)
    {
        var comma = gap.LastIndexOf(',');
        if (comma < 0 || !string.IsNullOrWhiteSpace(gap[(comma + 1)..]))
        {
            return -1;
        }

        var before = periods.Where(p => p.Start >= gapStart && p.End <= gapStart + comma && !p.IsComparative).ToList();
        var after = periods.Where(p => p.Start >= number.End && p.Start - number.End <= 12 && !p.IsComparative).MinBy(p => p.Start);
        return before.Count == 1 && WordsBesidePeriods(gap[..comma], gapStart, before) <= 1
            && after is not null && WordsBesidePeriods(text[number.End..after.Start], number.End, []) <= 1 ? comma : -1;
    }

    /// <summary>A verb after the number makes it a statement of its own, not the continuation of a list.</summary>
    private static Regex Verb => LanguagePacks.AnyWord("verb", @"(?<![\p{L}])(?:", @")(?![\p{L}])")!;

    /// <summary>What joins two items of a list: a colon, or a conjunction of any pack ("and", ", a", "dhe", "ndërsa").</summary>
    private static Regex Joint => LanguagePacks.AnyWord("conjunction", @":|(?<![\p{L}])(?:", @")(?![\p{L}])")!;

    /// <summary>The next item of a list: a conjunction right before a number.</summary>
    private static Regex NextItem => LanguagePacks.AnyWord("conjunction", @"(?<![\p{L}])(?:", @")\s+(?=\d)")!;

    private static Regex From => LanguagePacks.AnyWord("from", @"(?<![\p{L}])(?:", @")\s+$")!;

    private static Regex To => LanguagePacks.AnyWord("to", @"(?<![\p{L}])(?:", @")(?=\s+$)")!;

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
