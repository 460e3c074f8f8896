using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Numbers;
using MigrationFeeds.Parsing.Periods;
using MigrationFeeds.Parsing.Text;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// Reads the figures of one sentence: each count is given to the first rule whose phrase it heads,
/// then placed in time by the sentence's period expressions. Comparisons with a stated value
/// ("compared to the previous month (3,953)") add a figure for the compared period.
/// </summary>
internal sealed partial class FigureExtractor(IReadOnlyList<IndicatorRule> rules, IReadOnlyList<ZeroPhraseRule> zeroRules)
{
    private const int OverrideReach = 140;

    public SentenceFigures Extract(Sentence sentence, ReportPeriod report)
    {
        var text = sentence.Text;
        var periods = PeriodReader.Read(text, report);
        var numbers = NumberReader.Read(text)
            .Where(n => !periods.Any(p => n.Start < p.End && p.Start < n.End))
            .ToList();

        var figures = new List<FigureCandidate>();
        var unresolved = new List<UnresolvedFigure>();
        var used = new HashSet<NumberMention>();
        var overridden = new HashSet<int>();

        foreach (var number in numbers)
        {
            if (overridden.Contains(number.Start))
            {
                continue;
            }

            foreach (var rule in rules)
            {
                if (Match(rule, sentence, number) is not { } match)
                {
                    continue;
                }

                used.Add(number);
                var value = ApplyOverride(rule, text, number, overridden);
                var period = PeriodChooser.Choose(rule.Kind, number.Start, (match.Start, match.End), text, periods, report);
                if (period is not { } chosen)
                {
                    unresolved.Add(new UnresolvedFigure(rule.Indicator, sentence, number.Start, number.Length));
                    break;
                }

                var (clauseStart, clauseEnd) = Clauses.Around(text, number.Start);
                var approximate = value.Approximate || rule.ApproximateWhen?.IsMatch(text[clauseStart..clauseEnd]) == true;
                figures.Add(new FigureCandidate
                {
                    Indicator = rule.Indicator,
                    Measure = chosen.Measure,
                    Period = chosen.Period,
                    Value = value.Value,
                    Low = value.Low,
                    High = value.High,
                    Approximate = approximate,
                    Site = match.Site,
                    Sentence = sentence,
                    Start = number.Start,
                    Length = number.Length,
                    Rule = rule.Name,
                });
                break;
            }
        }

        foreach (var rule in zeroRules)
        {
            foreach (Match match in rule.Phrase.Matches(text))
            {
                if (PeriodChooser.Choose(rule.Kind, match.Index, (match.Index, match.Index + match.Length), text, periods, report) is { } chosen)
                {
                    figures.Add(new FigureCandidate
                    {
                        Indicator = rule.Indicator,
                        Measure = chosen.Measure,
                        Period = chosen.Period,
                        Value = 0,
                        Sentence = sentence,
                        Start = match.Index,
                        Length = match.Length,
                        Rule = rule.Name,
                    });
                }
                else
                {
                    unresolved.Add(new UnresolvedFigure(rule.Indicator, sentence, match.Index, match.Length));
                }
            }
        }

        figures.AddRange(Comparisons.Read(sentence, figures, numbers.Where(n => !used.Contains(n) && !overridden.Contains(n.Start)).ToList(), periods));
        return new SentenceFigures(figures.OrderBy(f => f.Start).ToList(), unresolved);
    }

    /// <summary>The stretch of text the rule's phrase covers around the number, or null when it does not match.</summary>
    private static RuleMatch? Match(IndicatorRule rule, Sentence sentence, NumberMention number)
    {
        var text = sentence.Text;
        var (start, end) = (number.Start, number.End);
        string? site = null;
        if (rule.After is not null)
        {
            var after = rule.After.Match(text, number.End, text.Length - number.End);
            if (!after.Success)
            {
                return null;
            }

            end = after.Index + after.Length;
            site = after.Groups["site"] is { Success: true } group ? group.Value : null;
        }

        if (rule.Before is not null)
        {
            var before = rule.Before.Match(text[..number.Start]);
            if (!before.Success)
            {
                return null;
            }

            start = before.Index;
        }

        if (rule.BeforeMustNotMatch is not null && rule.BeforeMustNotMatch.IsMatch(text[..number.Start]))
        {
            return null;
        }

        if (rule.SentenceMustMatch is not null && !rule.SentenceMustMatch.IsMatch(text)
            && !(sentence.Previous is not null && Anaphora().IsMatch(text) && rule.SentenceMustMatch.IsMatch(sentence.Previous)))
        {
            return null;
        }

        if (rule.ClauseMustNotMatch is not null)
        {
            var (clauseStart, clauseEnd) = Clauses.Around(text, number.Start);
            if (rule.ClauseMustNotMatch.IsMatch(text[clauseStart..clauseEnd]))
            {
                return null;
            }
        }

        return new RuleMatch(start, end, site);
    }

    private sealed record RuleMatch(int Start, int End, string? Site);

    /// <summary>"Of these", "among them": the sentence continues the subject of the one before.</summary>
    [GeneratedRegex(@"\b(?:of|among|amongst)\s+(?:these|them|those|whom|which)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Anaphora();

    /// <summary>Takes the persons count stated beside a count of claims, and marks that number as used.</summary>
    private static NumberMention ApplyOverride(IndicatorRule rule, string text, NumberMention number, HashSet<int> overridden)
    {
        if (rule.ValueOverride is null)
        {
            return number;
        }

        var (_, clauseEnd) = Clauses.Around(text, number.Start);
        var reach = text[number.End..Math.Min(clauseEnd, number.End + OverrideReach)];
        var match = rule.ValueOverride.Match(reach);
        if (!match.Success)
        {
            return number;
        }

        var group = match.Groups["value"];
        if (NumberReader.Read(group.Value) is not [{ Value: not null } stated])
        {
            return number;
        }

        overridden.Add(number.End + group.Index + stated.Start);
        return number with { Value = stated.Value, Low = null, High = null };
    }
}
