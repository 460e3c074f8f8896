using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Extraction.Labels;
using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Language.Text;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// Reads the figures of one sentence. Each count is given what it counts by the lexicon
/// (<see cref="IndicatorClassifier"/>: the concepts of its own words, its clause, its sentence), then placed in
/// time by the sentence's period expressions (<see cref="PeriodChooser"/>). Comparisons with a stated value
/// ("compared to the previous month (3,953)") add a figure for the compared period, a number joined to a
/// figure with no words of its own counts the same thing, and the parts of a breakdown are not new totals.
/// </summary>
internal static class FigureExtractor
{
    private const int OverrideReach = 140;
    private const int ZeroReachWords = 3;

    public static SentenceFigures Extract(Sentence sentence, ReportPeriod report, SentenceContext? context = null)
    {
        context ??= SentenceContext.English;
        var language = context.Language;
        var packs = LanguagePacks.ConceptPacks(language);
        var joints = (language ?? LanguagePacks.English).WordRegex("clause");
        var text = sentence.Text;
        var periods = PeriodReader.Read(text, report, language, context.PreviousPeriod);
        var refused = new List<(int Start, int Length, string Reason)>();
        var counts = NumberReader.Read(text, language, refused);
        var skipped = refused
            .Where(r => !periods.Any(p => r.Start < p.End && p.Start < r.Start + r.Length))
            .Select(r => new SkippedNumber(sentence, r.Start, r.Length, r.Reason))
            .ToList();
        var numbers = new List<NumberMention>();
        foreach (var number in counts.Where(n => !periods.Any(p => n.Start < p.End && p.Start < n.End)))
        {
            if (CountsPlaces(text, number, language))
            {
                skipped.Add(new SkippedNumber(sentence, number.Start, number.Length, "counts centres or facilities, not persons"));
                continue;
            }

            numbers.Add(number);
        }

        var tags = ConceptTagger.Tag(text, packs);
        var previousTags = sentence.Previous is not null && PointsBack(text, packs) ? ConceptTagger.Tag(sentence.Previous, packs) : null;
        numbers.AddRange(Zeros(text, tags, numbers, packs));
        numbers.Sort(static (a, b) => a.Start.CompareTo(b.Start));

        var locations = context.ReadCountries ? CountryMentions.Locations(text) : [];
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

            var segment = NumberSegment.Of(text, number, numbers, joints);
            var (clauseStart, clauseEnd) = Clauses.Around(text, number.Start, joints);
            var place = new NumberPlace(number.Start, number.End, segment.LeftStart, segment.RightEnd, clauseStart, clauseEnd);
            if (IndicatorClassifier.Classify(text, tags, place, previousTags, out var reason) is not { } reading)
            {
                if (reason.Length > 0 && !number.IsZeroWord)
                {
                    skipped.Add(new SkippedNumber(sentence, number.Start, number.Length, reason));
                }

                used.Add(number);
                continue;
            }

            used.Add(number);
            if (reading.PlacesOnly && figures.LastOrDefault(f => f.Start < number.Start) is { } before
                && Indicator.TryParse(before.Indicator, out var flow) && flow.IsFlow)
            {
                skipped.Add(new SkippedNumber(sentence, number.Start, number.Length, $"a part by place of the {before.Indicator} figure before it"));
                continue;
            }

            var value = PersonsNotCases(text, number, clauseEnd, overridden, language);
            var kind = reading.Indicator.Kind;
            var period = PeriodChooser.Choose(kind, number.Start, (segment.LeftStart, segment.RightEnd), text, periods, report, joints);
            if (period is not { } chosen)
            {
                unresolved.Add(new UnresolvedFigure(reading.Indicator.Code, sentence, number.Start, number.Length));
                continue;
            }

            var (scope, country) = Scope.Near(place, tags, locations);
            figures.Add(new FigureCandidate
            {
                Country = country,
                Scope = scope,
                Indicator = reading.Indicator.Code,
                Measure = chosen.Measure,
                Period = chosen.Period,
                Value = value.Value,
                Low = value.Low,
                High = value.High,
                Approximate = value.Approximate || reading.Approximate,
                Sentence = sentence,
                Start = number.Start,
                Length = number.Length,
                Rule = reading.Indicator.Code,
                Confidence = reading.Confidence,
            });
        }

        // Numbers the lexicon could not read may still be read by their place: a compared value, or the next item of a list.
        var free = numbers.Where(n => !figures.Any(f => f.Start == n.Start) && !overridden.Contains(n.Start) && !n.IsZeroWord).ToList();
        var compared = Comparisons.Read(sentence, figures, free, periods, language is null ? null : LocalPeriods.For(language).ComparedTo, context.PreviousFigures).ToList();
        figures.AddRange(compared);
        free = free.Where(n => !compared.Any(c => c.Start == n.Start)).ToList();
        var coordinated = Coordination.Read(sentence, figures, free, periods, report, joints).ToList();
        figures.AddRange(coordinated);
        free = free.Where(n => !coordinated.Any(c => c.Start == n.Start)).ToList();

        // A compared value or the next item of a list may name a country of its own ("… and in BiH 567").
        foreach (var i in Enumerable.Range(0, figures.Count).Where(i => compared.Contains(figures[i]) || coordinated.Contains(figures[i])))
        {
            var f = figures[i];
            var number = numbers.First(n => n.Start == f.Start);
            var segment = NumberSegment.Of(text, number, numbers, joints);
            var (clauseStart, clauseEnd) = Clauses.Around(text, number.Start, joints);
            var (scope, country) = Scope.Near(new NumberPlace(number.Start, number.End, segment.LeftStart, segment.RightEnd, clauseStart, clauseEnd), tags, locations);
            if (scope != ScopeHint.None || (country is not null && country != f.Country))
            {
                figures[i] = f with { Scope = scope, Country = country };
            }
        }

        var placed = context.ReadSites ? figures.Select(f => SiteAttribution.Attach(f, numbers)).ToList() : figures;
        var kept = Breakdowns.WithoutParts(placed.OrderBy(f => f.Start).ToList());

        foreach (var dropped in figures.Where(f => !kept.Any(k => k.Start == f.Start && k.Indicator == f.Indicator && k.Period == f.Period)))
        {
            skipped.Add(new SkippedNumber(sentence, dropped.Start, dropped.Length, $"a part of a breakdown of {dropped.Indicator}, not a new total"));
        }

        skipped.RemoveAll(s => figures.Any(f => f.Start == s.Start));
        skipped.AddRange(free.Where(n => !skipped.Any(s => s.Start == n.Start)).Select(n => new SkippedNumber(sentence, n.Start, n.Length, "no indicator's words stand with it")));
        var own = periods.FirstOrDefault(p => !p.IsComparative);
        return new SentenceFigures(kept, unresolved) { Skipped = skipped.OrderBy(s => s.Start).ToList(), Period = own };
    }

    /// <summary>"in 16 governmental centres", "u 17 prihvatnih i centara za azil": a number of places, not of persons.</summary>
    private static bool CountsPlaces(string text, NumberMention number, LanguagePack? language)
    {
        var after = text.AsSpan(number.End);
        return (language ?? LanguagePacks.English).WordRegex("centres", @"^\s*(?:", @")\b(?!\s+capacity)") is { } places && places.IsMatch(after);
    }

    /// <summary>"Of these", "od njih", "prej tyre": the sentence speaks of the subject of the one before.</summary>
    private static bool PointsBack(string text, IReadOnlyList<LanguagePack> packs) =>
        packs.Any(p => p.WordRegex("anaphora", @"\b(?:", @")\b") is { } anaphora && anaphora.IsMatch(text));

    /// <summary>
    /// "No asylum applications were lodged", "no UASC among the arrivals": a negation right before the words of
    /// an indicator's key is a count of zero.
    /// </summary>
    private static IEnumerable<NumberMention> Zeros(string text, IReadOnlyList<ConceptTag> tags, IReadOnlyList<NumberMention> numbers, IReadOnlyList<LanguagePack> packs)
    {
        var keys = IndicatorLexicon.Readings.SelectMany(r => r.Keys).SelectMany(k => k.Concepts).ToHashSet(StringComparer.Ordinal);
        foreach (var pack in packs)
        {
            if (pack.WordRegex("none", @"(?<![\p{L}\d])(?:", @")(?![\p{L}])") is not { } none)
            {
                continue;
            }

            for (var match = none.Match(text); match.Success; match = match.NextMatch())
            {
                var end = match.Index + match.Length;
                if (numbers.Any(n => n.Start < end && match.Index < n.End))
                {
                    continue;
                }

                var next = tags.FirstOrDefault(t => t.Start >= end);
                if (next.Concept is not null && keys.Contains(next.Concept) && Words(text.AsSpan(end, next.Start - end)) < ZeroReachWords)
                {
                    yield return new NumberMention { Start = match.Index, Length = match.Length, Value = 0, IsZeroWord = true };
                }
            }
        }
    }

    private static int Words(ReadOnlySpan<char> span)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in span)
        {
            var letter = char.IsLetter(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    /// <summary>"9 asylum claims (4 cases involving 9 persons)": the persons counted beside cases, and that number marked as used.</summary>
    private static NumberMention PersonsNotCases(string text, NumberMention number, int clauseEnd, HashSet<int> overridden, LanguagePack? language)
    {
        var reach = text[number.End..Math.Min(clauseEnd, number.End + OverrideReach)];
        foreach (var pack in LanguagePacks.ConceptPacks(language))
        {
            if (pack.WordRegex("persons-not-cases", @"^[^()]{0,100}?\(\s*[^()]*?\b(?:", @")\b") is not { } pattern
                || pattern.Match(reach) is not { Success: true } match)
            {
                continue;
            }

            var group = match.Groups["value"];
            if (NumberReader.Read(group.Value, language) is [{ Value: not null } stated])
            {
                overridden.Add(number.End + group.Index + stated.Start);
                return number with { Value = stated.Value, Low = null, High = null };
            }
        }

        return number;
    }
}
