using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// A comparison that states the compared value is a second observation of the same indicator:
/// "a 27% increase compared to the previous month (3,953)" gives the previous month's value,
/// "compared to 3,953 in September" too.
/// </summary>
internal static partial class Comparisons
{
    private const int MaxGap = 4;

    /// <param name="sentence">The sentence.</param>
    /// <param name="figures">The figures already read in it.</param>
    /// <param name="freeNumbers">Its numbers no rule took.</param>
    /// <param name="periods">Its period expressions.</param>
    /// <param name="localComparedTo">"u odnosu na", "krahasuar me" before a number, for a local language.</param>
    /// <param name="previousFigures">The figures of the sentence before, which a sentence opening with a comparison continues.</param>
    public static IEnumerable<FigureCandidate> Read(
        Sentence sentence, IReadOnlyList<FigureCandidate> figures, IReadOnlyList<NumberMention> freeNumbers, IReadOnlyList<PeriodMention> periods,
        Regex? localComparedTo = null, IReadOnlyList<FigureCandidate>? previousFigures = null)
    {
        var text = sentence.Text;

        // "Compared to May (1,562), the number fell by 34%", "That is 16% more compared to September (1,820)": the figure
        // compared is the sentence before's first, its subject, not a part named after it ("of whom 31 UASC").
        // "Arrivals decreased by 12% compared to the previous month (4,543)": the subject names it.
        var continued = OpensWithComparison().IsMatch(text) ? previousFigures?.Where(f => f.Site is null).MinBy(f => f.Start) : null;
        var subject = ArrivalsSubject().IsMatch(text)
            ? new FigureCandidate { Indicator = Indicators.Arrivals, Measure = Measures.Month, Period = string.Empty, Sentence = sentence, Start = 0, Length = 0, Rule = "arrivals-subject" }
            : null;
        foreach (var number in freeNumbers)
        {
            if (number.IsRange)
            {
                continue;
            }

            var main = figures.Where(f => f.Start < number.Start && f.Site is null).MaxBy(f => f.Start)
                ?? (continued is null ? null : continued with { Sentence = sentence, Start = 0, Length = 0, Period = string.Empty })
                ?? subject;
            if (main is null || ComparedPeriod(text, number, periods, main.Measure, localComparedTo) is not { } period || period.Period == main.Period)
            {
                continue;
            }

            yield return main with
            {
                // "16,723 in the 1-28 August period (compared to 13,425 in the whole month of July)": a whole month.
                Measure = main.Measure == Measures.Cumulative && period.Kind == PeriodKind.Month ? Measures.Month : main.Measure,
                Period = period.Period,
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

    private static PeriodMention? ComparedPeriod(string text, NumberMention number, IReadOnlyList<PeriodMention> periods, string measure, Regex? localComparedTo)
    {
        bool Fits(PeriodMention p) => measure switch
        {
            Measures.Month => p.Kind == PeriodKind.Month,
            Measures.Stock => p.Kind is PeriodKind.PointInTime or PeriodKind.Month,
            Measures.Cumulative => p.Kind is PeriodKind.Interval or PeriodKind.Month,
            Measures.Year => p.Kind == PeriodKind.Year,
            _ => false,
        };

        // "… the previous month (3,953)": the value in brackets right after a comparative period.
        var parenthesised = number.Start > 0 && text[..number.Start].TrimEnd().EndsWith('(')
            && text[number.End..].TrimStart().StartsWith(')');
        if (parenthesised)
        {
            var open = text.LastIndexOf('(', number.Start);
            var before = periods.Where(p => p.End <= open && open - p.End <= MaxGap).MaxBy(p => p.End);
            return before is { IsComparative: true } && Fits(before) ? before : null;
        }

        // "compared to 3,953 in September", "rose to 3,912 in September from 2,950 in August", "krahasuar me 506 në janar"
        var lead = text[..number.Start];
        if (!ComparedTo().IsMatch(lead) && localComparedTo?.IsMatch(lead) != true && !FromAfterChange().IsMatch(lead))
        {
            return null;
        }

        var after = periods.Where(p => p.Start >= number.End && p.Start - number.End <= MaxGap + 8).MinBy(p => p.Start);
        return after is not null && Fits(after) ? after : null;
    }

    // Also "That is 16% more compared to September (1,820)", "Тоа е за 16 отсто повеќе во однос на септември (1.820)".
    [GeneratedRegex(@"^\s*(?:(?:(?:that|this)\s+(?:is|was)|to\s+je|toa\s+e|kjo\s+(?:eshte|ishte))\s+[^.;()]{0,40}?)?(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|u\s+odnosu\s+na|u\s+poredj?enju\s+sa?|vo\s+sporedba\s+so|vo\s+odnos\s+na|krahasuar\s+me|ne\s+krahasim\s+me)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpensWithComparison();

    [GeneratedRegex(@"^\s*(?:(?:new|irregular)\s+)?arrivals\s+(?:decreased|increased|rose|fell|dropped|grew|declined)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArrivalsSubject();

    [GeneratedRegex(@"\b(?:compared\s+(?:to|with)|up\s+from|down\s+from|than|versus|vs\.?)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedTo();

    /// <summary>"rose to 3,912 in September from": the value after "from" is the earlier month's.</summary>
    [GeneratedRegex(@"\b(?:rose|increased|grew|dropped|fell|decreased|declined)\s+to\s+[^;]{1,40}?\bfrom\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex FromAfterChange();
}
