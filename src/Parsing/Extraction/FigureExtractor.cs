using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Language.Text;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// Reads the figures of one sentence: each count is given to the first rule whose phrase it heads,
/// then placed in time by the sentence's period expressions. Comparisons with a stated value
/// ("compared to the previous month (3,953)") add a figure for the compared period.
/// </summary>
internal sealed partial class FigureExtractor(IReadOnlyList<IndicatorRule> rules, IReadOnlyList<ZeroPhraseRule> zeroRules)
{
    private const int OverrideReach = 140;

    public SentenceFigures Extract(Sentence sentence, ReportPeriod report, SentenceContext? context = null)
    {
        context ??= SentenceContext.English;
        var language = context.Language;
        var localClauses = language?.WordRegex("clause");
        var text = sentence.Text;
        var periods = PeriodReader.Read(text, report, language, context.PreviousPeriod);
        var numbers = new List<NumberMention>();
        var refused = new List<(int Start, int Length, string Reason)>();
        var counts = NumberReader.Read(text, language, refused);
        var skipped = refused
            .Where(r => !periods.Any(p => r.Start < p.End && p.Start < r.Start + r.Length))
            .Select(r => new SkippedNumber(sentence, r.Start, r.Length, r.Reason))
            .ToList();
        foreach (var number in counts.Where(n => !periods.Any(p => n.Start < p.End && p.Start < n.End)))
        {
            if (CountsPlaces(text, number, language))
            {
                skipped.Add(new SkippedNumber(sentence, number.Start, number.Length, "counts centres or facilities, not persons"));
                continue;
            }

            numbers.Add(number);
        }

        var figures = new List<FigureCandidate>();
        var unresolved = new List<UnresolvedFigure>();
        var used = new HashSet<NumberMention>();
        var overridden = new HashSet<int>();
        var tests = new SentenceTests(sentence);

        foreach (var number in numbers)
        {
            if (overridden.Contains(number.Start))
            {
                continue;
            }

            foreach (var rule in rules)
            {
                if (Match(rule, tests, number, localClauses) is not { } match)
                {
                    continue;
                }

                used.Add(number);
                var value = ApplyOverride(rule, text, number, overridden, localClauses);
                var period = PeriodChooser.Choose(rule.Kind, number.Start, (match.Start, match.End), text, periods, report, localClauses);
                if (period is not { } chosen)
                {
                    unresolved.Add(new UnresolvedFigure(rule.Indicator, sentence, number.Start, number.Length));
                    break;
                }

                var (clauseStart, clauseEnd) = Clauses.Around(text, number.Start, localClauses);
                var approximate = value.Approximate || rule.ApproximateWhen?.IsMatch(text.AsSpan(clauseStart, clauseEnd - clauseStart)) == true;
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

            if (!used.Contains(number) && language is not null
                && CueClassifier.Classify(sentence, number, numbers, figures, language, localClauses) is { } cue)
            {
                used.Add(number);
                var period = PeriodChooser.Choose(cue.Rule.Kind, number.Start, cue.Segment, text, periods, report, localClauses);
                if (period is not { } chosen)
                {
                    unresolved.Add(new UnresolvedFigure(cue.Rule.Indicator, sentence, number.Start, number.Length));
                    continue;
                }

                figures.Add(new FigureCandidate
                {
                    Indicator = cue.Rule.Indicator,
                    Measure = chosen.Measure,
                    Period = chosen.Period,
                    Value = number.Value,
                    Low = number.Low,
                    High = number.High,
                    Approximate = number.Approximate || cue.Approximate,
                    Sentence = sentence,
                    Start = number.Start,
                    Length = number.Length,
                    Rule = cue.Rule.Name,
                });
            }
        }

        foreach (var rule in zeroRules)
        {
            foreach (Match match in rule.Phrase.Matches(text))
            {
                if (PeriodChooser.Choose(rule.Kind, match.Index, (match.Index, match.Index + match.Length), text, periods, report, localClauses) is { } chosen)
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

        var free = numbers.Where(n => !used.Contains(n) && !overridden.Contains(n.Start)).ToList();
        var compared = Comparisons.Read(sentence, figures, free, periods, language is null ? null : LocalPeriods.For(language).ComparedTo, context.PreviousFigures).ToList();
        figures.AddRange(compared);
        free = free.Where(n => !compared.Any(c => c.Start == n.Start)).ToList();
        var coordinated = Coordination.Read(sentence, figures, free, periods, report, localClauses).ToList();
        figures.AddRange(coordinated);
        free = free.Where(n => !coordinated.Any(c => c.Start == n.Start)).ToList();

        var placed = context.ReadSites ? figures.Select(f => SiteAttribution.Attach(f, numbers)).ToList() : figures;
        var kept = Breakdowns.WithoutParts(placed.OrderBy(f => f.Start).ToList());

        foreach (var dropped in figures.Where(f => !kept.Any(k => k.Start == f.Start && k.Indicator == f.Indicator && k.Period == f.Period)))
        {
            skipped.Add(new SkippedNumber(sentence, dropped.Start, dropped.Length, $"a part of a breakdown of {dropped.Indicator}, not a new total"));
        }

        skipped.AddRange(free.Select(n => new SkippedNumber(sentence, n.Start, n.Length, "no indicator phrase ties it to an indicator")));
        var own = periods.FirstOrDefault(p => !p.IsComparative);
        return new SentenceFigures(kept, unresolved) { Skipped = skipped.OrderBy(s => s.Start).ToList(), Period = own };
    }

    /// <summary>"in 16 governmental centres", "u 17 prihvatnih i centara za azil": a number of places, not of persons.</summary>
    private static bool CountsPlaces(string text, NumberMention number, LanguagePack? language)
    {
        var after = text.AsSpan(number.End);
        return PlacesAfter().IsMatch(after) || language?.WordRegex("centres", @"^\s*(?:", @")\b") is { } local && local.IsMatch(after);
    }

    [GeneratedRegex(@"^\s*(?:(?:governmental|government|reception|asylum|transit|temporary|active|collective|accommodation)\s+(?:and\s+)?)*(?:centres|centers|facilities|shelters|sites|camps)\b(?!\s+capacity)", RegexOptions.IgnoreCase)]
    private static partial Regex PlacesAfter();

    /// <summary>The stretch of text the rule's phrase covers around the number, or null when it does not match.</summary>
    private static RuleMatch? Match(IndicatorRule rule, SentenceTests sentence, NumberMention number, Regex? localClauses)
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

        // The phrases before a number are matched on the text up to it (as if cut there), without cutting it.
        if (rule.Before is not null)
        {
            var before = rule.Before.Match(text, 0, number.Start);
            if (!before.Success)
            {
                return null;
            }

            start = before.Index;
        }

        if (rule.BeforeMustNotMatch is not null && rule.BeforeMustNotMatch.IsMatch(text.AsSpan(0, number.Start)))
        {
            return null;
        }

        if (rule.SentenceMustMatch is not null && !sentence.Satisfies(rule.SentenceMustMatch))
        {
            return null;
        }

        if (rule.ClauseMustNotMatch is not null)
        {
            var (clauseStart, clauseEnd) = Clauses.Around(text, number.Start, localClauses);
            if (rule.ClauseMustNotMatch.IsMatch(text.AsSpan(clauseStart, clauseEnd - clauseStart)))
            {
                return null;
            }
        }

        return new RuleMatch(start, end, site);
    }

    private sealed record RuleMatch(int Start, int End, string? Site);

    /// <summary>
    /// The sentence with the answers that hold for all its numbers, asked once per sentence: many rules share a
    /// sentence condition, and each was asked again for every number.
    /// </summary>
    private sealed class SentenceTests(Sentence sentence)
    {
        private readonly Dictionary<Regex, bool> _satisfied = [];
        private bool? _anaphoric;

        public string Text => sentence.Text;

        /// <summary>The sentence matches, or speaks of the sentence before ("of them") and that one matches.</summary>
        public bool Satisfies(Regex condition)
        {
            if (!_satisfied.TryGetValue(condition, out var satisfied))
            {
                satisfied = condition.IsMatch(sentence.Text)
                    || (sentence.Previous is not null && (_anaphoric ??= Anaphora().IsMatch(sentence.Text)) && condition.IsMatch(sentence.Previous));
                _satisfied[condition] = satisfied;
            }

            return satisfied;
        }
    }

    /// <summary>"Of these", "among them": the sentence continues the subject of the one before.</summary>
    [GeneratedRegex(@"\b(?:of|among|amongst)\s+(?:these|them|those|whom|which)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Anaphora();

    /// <summary>Takes the persons count stated beside a count of claims, and marks that number as used.</summary>
    private static NumberMention ApplyOverride(IndicatorRule rule, string text, NumberMention number, HashSet<int> overridden, Regex? localClauses)
    {
        if (rule.ValueOverride is null)
        {
            return number;
        }

        var (_, clauseEnd) = Clauses.Around(text, number.Start, localClauses);
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
