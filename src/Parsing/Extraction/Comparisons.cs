using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Numbers;
using MigrationFeeds.Parsing.Periods;
using MigrationFeeds.Parsing.Text;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// A comparison that states the compared value is a second observation of the same indicator:
/// "a 27% increase compared to the previous month (3,953)" gives the previous month's value,
/// "compared to 3,953 in September" too.
/// </summary>
internal static partial class Comparisons
{
    private const int MaxGap = 4;

    public static IEnumerable<FigureCandidate> Read(
        Sentence sentence, IReadOnlyList<FigureCandidate> figures, IReadOnlyList<NumberMention> freeNumbers, IReadOnlyList<PeriodMention> periods)
    {
        var text = sentence.Text;
        foreach (var number in freeNumbers)
        {
            if (number.IsRange)
            {
                continue;
            }

            var main = figures.Where(f => f.Start < number.Start && f.Site is null).MaxBy(f => f.Start);
            if (main is null || ComparedPeriod(text, number, periods, main.Measure) is not { } period || period.Period == main.Period)
            {
                continue;
            }

            yield return main with
            {
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

    private static PeriodMention? ComparedPeriod(string text, NumberMention number, IReadOnlyList<PeriodMention> periods, string measure)
    {
        bool Fits(PeriodMention p) => measure switch
        {
            Measures.Month => p.Kind == PeriodKind.Month,
            Measures.Stock => p.Kind is PeriodKind.PointInTime or PeriodKind.Month,
            Measures.Cumulative => p.Kind == PeriodKind.Interval,
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

        // "compared to 3,953 in September"
        if (!ComparedTo().IsMatch(text[..number.Start]))
        {
            return null;
        }

        var after = periods.Where(p => p.Start >= number.End && p.Start - number.End <= MaxGap + 8).MinBy(p => p.Start);
        return after is not null && Fits(after) ? after : null;
    }

    [GeneratedRegex(@"\b(?:compared\s+(?:to|with)|up\s+from|down\s+from|than|versus|vs\.?)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedTo();
}
