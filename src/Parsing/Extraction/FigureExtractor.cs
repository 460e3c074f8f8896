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
internal static partial class FigureExtractor
{
    private const int OverrideReach = 140;
    private const int ZeroReachWords = 3;

    /// <summary>Concepts that only place or describe what another word counts: a list item may have them and still count the same.</summary>
    private static readonly HashSet<string> Neutral = new(["persons", "centre", "in-centre", "region", "subnational", "estimate", "flow-time", "stock-time", "total", "irregular", "anaphor"], StringComparer.Ordinal);

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

        // "estimated at between 2000 and 3500": a range whose round low looks like a year is no year.
        bool InRange(PeriodMention p) => p.Kind == PeriodKind.Year && counts.Any(n => n.IsRange && p.Start >= n.Start && p.End <= n.End);
        if (periods.Any(InRange))
        {
            periods = periods.Where(p => !InRange(p)).ToList();
        }

        // "Resolution 1244 (1999)", "S/RES/1244 (1999)", "UNSCR 1244/1999": the year a numbered document dates from, where
        // the number is no count, is no period of the text.
        bool DatesDocument(PeriodMention p) => p.Kind == PeriodKind.Year && DocumentNumberBefore().Match(text, 0, p.Start) is { Success: true } id
            && !counts.Any(n => n.Start <= id.Groups["id"].Index && n.End >= id.Groups["id"].Index + id.Groups["id"].Length);
        if (periods.Any(DatesDocument))
        {
            periods = periods.Where(p => !DatesDocument(p)).ToList();
        }

        var skipped = refused
            .Where(r => !periods.Any(p => r.Start < p.End && p.Start < r.Start + r.Length))
            .Select(r => new SkippedNumber(sentence, r.Start, r.Length, r.Reason))
            .ToList();
        var numbers = new List<NumberMention>();
        var structureCounts = new List<NumberMention>();
        var conceptTags = ConceptTagger.Tag(text, packs);
        foreach (var number in counts)
        {
            if (periods.Any(p => number.Start < p.End && p.Start < number.End))
            {
                skipped.Add(new SkippedNumber(sentence, number.Start, number.Length, "a part of a date or a period"));
                continue;
            }

            if (NoteMark(text, number, language ?? LanguagePacks.English))
            {
                skipped.Add(new SkippedNumber(sentence, number.Start, number.Length, "the mark of a note"));
                continue;
            }

            if (CutOff(text, number))
            {
                skipped.Add(new SkippedNumber(sentence, number.Start, number.Length, "cut off where the copy breaks off"));
                continue;
            }

            if (PageNumber(text, number, periods) || PageOfPages(text, number))
            {
                skipped.Add(new SkippedNumber(sentence, number.Start, number.Length, "the page number after a running head"));
                continue;
            }

            // "4 OVERVIEW OF ARRIVALS": the number of a section, before its heading in capitals.
            if (number.Start == 0 && SectionNumber().IsMatch(text))
            {
                skipped.Add(new SkippedNumber(sentence, number.Start, number.Length, "the number of a section's heading"));
                continue;
            }

            if (BackWhole(text, number))
            {
                skipped.Add(new SkippedNumber(sentence, number.Start, number.Length, "the whole stated before, which the sentence's parts point back to"));
                continue;
            }

            // "the six Western Balkan countries", "u tri zemlje": a count of countries, not of persons.
            if ((language ?? LanguagePacks.English).WordRegex("countries-counted", @"\G\s*(?:", @")\b") is { } countriesCounted && countriesCounted.IsMatch(text, number.End))
            {
                skipped.Add(new SkippedNumber(sentence, number.Start, number.Length, "counts countries, not persons"));
                continue;
            }

            if (CountsStructures(text, number, language, conceptTags) is var structures && (structures || CountsPlaces(text, number, language, conceptTags)))
            {
                if (structures)
                {
                    structureCounts.Add(number);
                }

                skipped.Add(new SkippedNumber(sentence, number.Start, number.Length, "counts centres or facilities, not persons"));
                continue;
            }

            numbers.Add(number);
        }

        foreach (var part in BracketParts(text, numbers))
        {
            numbers.Remove(part);
            skipped.Add(new SkippedNumber(sentence, part.Start, part.Length, "a part in brackets of the number before them"));
        }

        // "since the crisis on the Western Balkans broke out in 2015": a place inside a span's words dates it, it does not scope the figure.
        var tags = WithTimes(conceptTags, periods)
            .Where(t => !(t.Concept == "elsewhere" && Destination.IsMatch(text.AsSpan(0, t.Start))))
            .Where(t => !(t.Concept is "region" or "elsewhere" && periods.Any(p => p.Kind == PeriodKind.Interval && p.Start < t.Start && t.End <= p.Start + p.Length)))
            .ToList();
        var notPersons = NotPersons(text, numbers, tags, packs);
        foreach (var number in notPersons)
        {
            numbers.Remove(number);
            skipped.Add(new SkippedNumber(sentence, number.Start, number.Length, "counts something other than persons"));
        }

        var siteItems = new HashSet<NumberMention>();
        var countryItems = new Dictionary<int, string>();
        foreach (var (item, (kind, itemCountry)) in BracketLists.Items(text, numbers, periods, tags))
        {
            if (itemCountry is not null)
            {
                countryItems[item.Start] = itemCountry;
            }

            if (kind == BracketItemKind.Part)
            {
                numbers.Remove(item);
                skipped.Add(new SkippedNumber(sentence, item.Start, item.Length, "a part in brackets of a breakdown by name"));
            }
            else if (kind == BracketItemKind.Site)
            {
                siteItems.Add(item);
            }
        }

        numbers = FlatBoxes.Ranges(text, numbers, tags);
        foreach (var value in FlatBoxes.ChartValues(text, numbers))
        {
            numbers.Remove(value);
            skipped.Add(new SkippedNumber(sentence, value.Start, value.Length, "a value of a chart's series"));
        }

        // "0  Aug 2020   Sep 2020 Observed arrivals": a number straight before a row of months is a chart's axis.
        foreach (var value in numbers.Where(n => AxisOfPeriods(text, n, periods)).ToList())
        {
            numbers.Remove(value);
            skipped.Add(new SkippedNumber(sentence, value.Start, value.Length, "an axis value of a chart"));
        }

        foreach (var value in FlatBoxes.ColumnValues(text, numbers))
        {
            numbers.Remove(value);
            skipped.Add(new SkippedNumber(sentence, value.Start, value.Length, "a value of a box flattened with a column per period"));
        }

        var pointsBack = PointsBack(text, packs);
        var backHead = packs.Select(p => p.WordRegex("back-reference", @"^\s*(?:", @")\s+(?=\d)")?.Match(text)).FirstOrDefault(m => m?.Success == true);
        var previousTags = sentence.Previous is not null && pointsBack ? ConceptTagger.Tag(sentence.Previous, packs) : null;
        // "no" and "nema" are zeros only in their own language: Croatian "no" is "but".
        numbers.AddRange(Zeros(text, tags, numbers, [language ?? LanguagePacks.English]));
        numbers.Sort(static (a, b) => a.Start.CompareTo(b.Start));

        var locations = context.ReadCountries ? CountryMentions.Locations(text) : [];
        var figures = new List<FigureCandidate>();
        var boxed = new HashSet<NumberMention>();
        figures.AddRange(FlatBoxes.LabelRows(sentence, numbers, tags, periods, report, packs, boxed));
        figures.AddRange(YearLists.Read(sentence, numbers, periods, report, boxed, language, context.NextListYear));
        var unresolved = new List<UnresolvedFigure>();
        var undated = new List<FigureCandidate>();
        var used = new HashSet<NumberMention>();
        var changeStarts = new Dictionary<NumberMention, NumberMention>();
        var wordless = new HashSet<NumberMention>();
        var overridden = new HashSet<int>();
        var shares = refused.Where(r => r.Reason == NumberReader.Percentage).Select(r => r.Start).ToList();
        var places = numbers.ToDictionary(n => n, n =>
        {
            var segment = NumberSegment.Of(text, n, numbers, joints, tags);
            var (clauseStart, clauseEnd) = Clauses.Around(text, n.Start, joints);
            var rightEnd = segment.RightEnd;
            if (ShareWholes.OwnEnd(text, n, clauseStart, tags) is { } ownEnd)
            {
                (rightEnd, clauseEnd) = (ownEnd, ownEnd);
            }

            var afterPrevious = numbers.Where(o => o.End <= n.Start).Select(o => o.End).DefaultIfEmpty(0).Max();
            // "4,470 … were present in Serbia, 94% of them in the 16 governmental centres; …": what a share after the number
            // says is of the share's part.
            var beforeNext = numbers.Where(o => o.Start >= n.End).Select(o => o.Start).Concat(shares.Where(s => s >= n.End)).DefaultIfEmpty(text.Length).Min();
            return new NumberPlace(n.Start, n.End, segment.LeftStart, rightEnd, clauseStart, clauseEnd, afterPrevious, beforeNext);
        });
        foreach (var number in numbers)
        {
            if (overridden.Contains(number.Start) || boxed.Contains(number))
            {
                continue;
            }

            // A compared value is the figure before it's, for the compared period.
            var comparedPeriod = Comparisons.ComparedPeriodOf(text, number, periods, packs);
            if (comparedPeriod is not null && numbers.Any(n => n.End <= number.Start))
            {
                used.Add(number);
                continue;
            }

            // "The capacity was raised from 300 to more than 700": the value a change started from, with no time of its own, is
            // no figure; the value it reached is.
            if (comparedPeriod is null && Comparisons.StartOfChange(text, number, numbers, periods, packs) is { } reached)
            {
                used.Add(number);
                changeStarts[reached] = number;
                skipped.Add(new SkippedNumber(sentence, number.Start, number.Length, "the value a change started from, with no time of its own"));
                continue;
            }

            var place = places[number];
            var others = places.Where(p => p.Key != number).Select(p => (p.Value.OwnStart, p.Value.OwnEnd)).ToList();
            var reading = IndicatorClassifier.Classify(text, tags, place, previousTags, others, out var reason);

            // "… was increased from 300 to 700.": the value reached counts what the words of the value it started from say.
            if (reading is null && reason == IndicatorClassifier.NoWords && changeStarts.TryGetValue(number, out var start))
            {
                reading = IndicatorClassifier.Classify(text, tags, places[start], previousTags, others, out reason);
            }

            if (reading is null)
            {
                if (reason.Length > 0 && !number.IsZeroWord)
                {
                    skipped.Add(new SkippedNumber(sentence, number.Start, number.Length, reason));
                }

                if (reason == IndicatorClassifier.NoWords)
                {
                    wordless.Add(number);
                }

                used.Add(number);
                continue;
            }

            // A centre's value in a list of them counts what the centre holds ("smješteno u centru Obrenovac (865)"), or is a
            // part of a figure before it (Lists), never the country's ("Most of them stay in Obrenovac TC (374), …").
            if (siteItems.Contains(number) && !SiteAttribution.SiteIndicators.Contains(reading.Indicator.Code))
            {
                used.Add(number);
                continue;
            }

            used.Add(number);
            if (PartOfAsylumCount(text, number, reading.Indicator.Code, tags))
            {
                skipped.Add(new SkippedNumber(sentence, number.Start, number.Length, $"a part of the asylum requests the sentence counts, not {reading.Indicator.Code} of its own"));
                continue;
            }

            if (PartOfNoCount(text, number, tags, figures) is { } whole)
            {
                skipped.Add(new SkippedNumber(sentence, number.Start, number.Length, $"a part of what the sentence counts as {whole}, not a figure"));
                continue;
            }

            // "u jednoj akciji zatečena je grupa od 47 lica", "a group of 20 people was caught on Friday": one group is an
            // incident, not what a period's flow adds up to.
            if (reading.Indicator.IsFlow && (language ?? LanguagePacks.English).WordRegex("group-of", @"(?<![\p{L}])(?:", @")\s+(?:[\p{L}]+\s+)?$") is { } groupOf
                && groupOf.IsMatch(text.AsSpan(place.OwnStart, number.Start - place.OwnStart)))
            {
                skipped.Add(new SkippedNumber(sentence, number.Start, number.Length, "one group's count, an incident, not a flow's total"));
                continue;
            }

            if (ForeignHead(text, number, place, tags) is { } head)
            {
                skipped.Add(new SkippedNumber(sentence, number.Start, number.Length, $"counts \"{head}\", which its words do not say are persons"));
                continue;
            }

            // "22 asylum claims …, 8 in AC Delijaš", "5 RSD interviews …, 2 in AC Delijaš": placed, not accommodated. A part is no
            // larger than its whole: "3,000 had arrived this year and 4,000 are now in the centres" counts the centres' residents.
            if (reading.PlacesOnly && numbers.Concat(notPersons).Any(n => n.End <= number.Start && !((n.High ?? n.Value) < (number.Low ?? number.Value)))
                && !figures.Any(f => f.Start < number.Start && Indicator.TryParse(f.Indicator, out var stock) && !stock.IsFlow))
            {
                skipped.Add(new SkippedNumber(sentence, number.Start, number.Length, "a part by place of what the number before it counts"));
                continue;
            }

            var value = PersonsNotCases(text, number, place.ClauseEnd, overridden, language);
            var kind = reading.Indicator.Kind;
            // "That is more than in 2019, when 6,199 persons …": a compared value with words of its own has the compared period.
            var period = (comparedPeriod is null ? null : PeriodChooser.Map(kind, comparedPeriod, report))
                ?? BackPeriod(text, number, periods, context, kind, report, backHead, pointsBack)
                ?? (kind == IndicatorKind.Stock && reading.Indicator != Indicator.Capacity ? CarriedDay(periods, context, report) : null)
                ?? PeriodChooser.Choose(kind, number.Start, (place.OwnStart, place.OwnEnd), text, periods, report, joints, context.PreviousPeriod);
            // "The Commissariat can accommodate 4,500 people": news states its centres' places as they are the day it is published.
            if (period is null && reading.Indicator == Indicator.Capacity && report is { ReportMonth: null, Published: { } published })
            {
                period = (Model.Measures.Stock, Model.PeriodText.Day(published));
            }

            var (scope, country) = Scope.Near(place, tags, locations, text);
            var found = new FigureCandidate
            {
                Country = country,
                Scope = scope,
                Indicator = reading.Indicator.Code,
                Measure = period?.Measure ?? string.Empty,
                Period = period?.Period ?? string.Empty,
                Value = value.Value,
                Low = value.Low,
                High = value.High,
                Approximate = value.Approximate || reading.Approximate,
                Sentence = sentence,
                Start = number.Start,
                Length = number.Length,
                Rule = reading.Indicator.Code,
                Confidence = reading.Confidence,
                Explanation = reading.Explanation,
            };
            if (period is null)
            {
                // Kept aside: "which brings the total for August to 1,205" totals what it counts, dated or not.
                unresolved.Add(new UnresolvedFigure(reading.Indicator.Code, sentence, number.Start, number.Length));
                undated.Add(found);
                continue;
            }

            figures.Add(found);
        }

        // Numbers the lexicon could not read may still be read by their place: a compared value, or the next item of a list.
        var free = numbers.Where(n => !figures.Any(f => f.Start == n.Start) && !overridden.Contains(n.Start) && !n.IsZeroWord).ToList();
        var compared = Comparisons.Read(sentence, figures, free, periods, packs, tags, context.PreviousFigures).ToList();
        figures.AddRange(compared);
        free = free.Where(n => !compared.Any(c => c.Start == n.Start)).ToList();
        var coordinated = Coordination.Read(sentence, figures, free, periods, report, joints,
            n => tags.Any(t => !Neutral.Contains(t.Concept) && t.Start >= places[n].OwnStart && t.End <= places[n].OwnEnd && (t.Start > n.End || t.End < n.Start))).ToList();
        figures.AddRange(coordinated);
        free = free.Where(n => !coordinated.Any(c => c.Start == n.Start)).ToList();
        var totals = Totals(sentence, [.. figures, .. undated], free, places, tags, periods, report, joints).ToList();
        figures.AddRange(totals);
        free = free.Where(n => !totals.Any(c => c.Start == n.Start)).ToList();
        var ellipses = Ellipses(sentence, figures, free, places, tags, periods, report, joints).ToList();
        figures.AddRange(ellipses);
        free = free.Where(n => !ellipses.Any(c => c.Start == n.Start)).ToList();
        var changed = ChangeSubjects.Read(sentence, free, periods, report, packs).ToList();
        figures.AddRange(changed);
        free = free.Where(n => !changed.Any(c => c.Start == n.Start)).ToList();
        var paired = VersusPairs.Read(sentence, free, report, packs).ToList();
        figures.AddRange(paired);
        free = free.Where(n => !paired.Any(c => c.Start == n.Start)).ToList();
        var listed = Lists.Read(sentence, figures, free, places, locations, packs, tags, context.PreviousFigures).ToList();
        figures.AddRange(listed);
        free = free.Where(n => !listed.Any(c => c.Start == n.Start)).ToList();
        var centres = context.ReadSites ? CentreItems(sentence, context, free, places, tags, periods, report, joints).ToList() : [];
        figures.AddRange(centres);
        free = free.Where(n => !centres.Any(c => c.Start == n.Start)).ToList();
        var topical = Topic(sentence, context, free.Where(wordless.Contains), places, tags, locations, packs, periods, report, joints).ToList();
        figures.AddRange(topical);
        free = free.Where(n => !topical.Any(c => c.Start == n.Start)).ToList();

        // "Serbia accounted for most of that number (120,883), followed by Bosnia and Herzegovina (27,429) …": a list of
        // countries' values after an item that counts what the sentence before counted.
        // "…, while North Macedonia and Albania recorded 696 and 488 respectively": a list closed by "respectively" whose first
        // value counts what the sentence before counted pairs its values with its places.
        var respective = topical.Count > 0 && Lists.Respectively(text, packs) is not null;
        if (topical.Count > 0 && (respective || free.Any(n => countryItems.ContainsKey(n.Start))))
        {
            var listedAfter = Lists.Read(sentence, figures, respective ? free : free.Where(n => countryItems.ContainsKey(n.Start)).ToList(), places, locations, packs, tags, context.PreviousFigures).ToList();
            figures.AddRange(listedAfter);
            free = free.Where(n => !listedAfter.Any(c => c.Start == n.Start)).ToList();
        }

        // A compared value or the next item of a list may name a country of its own ("… and in BiH 567").
        // A subject's values after its change ("… outside the Western Balkans region fell from 260,000 in 2016 to 19,000 in
        // 2017") are scoped by the words around them as any figure is.
        var named = coordinated.Count > 0 || compared.Count > 0 || changed.Count > 0 ? CountryMentions.NotOrigins(text) : [];
        foreach (var i in Enumerable.Range(0, figures.Count).Where(i => compared.Contains(figures[i]) || coordinated.Contains(figures[i]) || changed.Contains(figures[i])))
        {
            var f = figures[i];
            var number = numbers.First(n => n.Start == f.Start);
            // "… 624 applications in EU countries, those of Kosovo 513": after a figure of somewhere else, a country is whose nationals.
            var (scope, country) = f.Scope != ScopeHint.Elsewhere && Lists.NamedBefore(text, number, named) is { } item
                ? (ScopeHint.None, item.Country)
                : Scope.Near(compared.Contains(f) ? OwnComparison(text, places[number]) : places[number], tags, locations, text);
            if (scope != ScopeHint.None || (country is not null && country != f.Country))
            {
                figures[i] = f with { Scope = scope, Country = country };
            }
        }

        // A country's item in brackets is that country's, whichever country its words stand nearest.
        for (var i = 0; i < figures.Count; i++)
        {
            if (countryItems.TryGetValue(figures[i].Start, out var itemCountry) && figures[i].Country != itemCountry)
            {
                figures[i] = figures[i] with { Country = itemCountry, Scope = ScopeHint.None };
            }
        }

        var sentenceScope = Scope.OfSentence(tags, locations);
        if (sentenceScope != ScopeHint.None)
        {
            for (var i = 0; i < figures.Count; i++)
            {
                figures[i] = figures[i] with { SentenceScope = sentenceScope };
            }
        }

        // "In March, 1,212 arrivals were registered, bringing the total since the beginning of the year to 2,900": a running
        // total open to the page's day, beside a month's figure of the same flow, runs to that month's end.
        for (var i = 0; i < figures.Count; i++)
        {
            if (RunningTotals.ToMonthOf(figures[i], figures, report) is { } clipped)
            {
                figures[i] = figures[i] with { Period = clipped };
            }
        }

        foreach (var part in ByRoute(figures, places, text))
        {
            figures.Remove(part);
            skipped.Add(new SkippedNumber(sentence, part.Start, part.Length, "a part by the country it came from, not a total"));
        }

        var placed = context.ReadSites ? figures.Select(f => SiteAttribution.Attach(f, numbers, context.DocumentSite, context.RecentTexts, context.Language, context.Section)).ToList() : figures;
        foreach (var part in GroupParts(placed, text, language))
        {
            var at = placed.IndexOf(part);
            if (part.Site is not null)
            {
                placed[at] = part with { Indicator = Indicators.UascPresent, Rule = part.Rule + "/of-the-group" };
                continue;
            }

            placed.RemoveAt(at);
            skipped.Add(new SkippedNumber(sentence, part.Start, part.Length, "a part of the unaccompanied children counted before it, not everyone's"));
        }

        // "Five tents, able to take up to 100 people, went up": the places of a few tents or containers are theirs, not the
        // country's capacity.
        for (var i = 0; i < placed.Count; i++)
        {
            if (placed[i] is { Indicator: Indicators.Capacity, Site: null } capacity && Clauses.Around(text, capacity.Start, joints) is var clause
                && structureCounts.Any(n => n.Start >= clause.Start && n.End <= clause.End))
            {
                placed[i] = capacity with { Scope = ScopeHint.Subnational };
            }
        }

        var kept = Breakdowns.WithoutParts(PeriodSums.Spanned(placed.OrderBy(f => f.Start).ToList()));

        skipped.RemoveAll(s => figures.Any(f => f.Start == s.Start));
        foreach (var dropped in figures.Where(f => !kept.Any(k => k.Start == f.Start && k.Indicator == f.Indicator && k.Period == f.Period)))
        {
            skipped.Add(new SkippedNumber(sentence, dropped.Start, dropped.Length, $"a part of a breakdown of {dropped.Indicator}, not a new total"));
        }

        skipped.AddRange(free.Where(n => !skipped.Any(s => s.Start == n.Start)).Select(n => new SkippedNumber(sentence, n.Start, n.Length, "no indicator's words stand with it")));
        var own = periods.FirstOrDefault(p => !p.IsComparative && !p.ClauseOnly);
        return new SentenceFigures(kept, unresolved)
        {
            Skipped = skipped.OrderBy(s => s.Start).ToList(), Period = own,
            Counts = [.. counts.Where(n => n.Value is > 0 && !periods.Any(p => n.Start < p.End && p.Start < n.End) && !BackWhole(text, n)).Select(n => n.Value!.Value)],
            PointsBack = BackOpening.Match(text).Success, Scope = sentenceScope,
        };
    }

    /// <summary>
    /// "Over 900 UASCs are in Serbia at present, 771 of them accommodated in government centres (375 in Obrenovac, 118 in
    /// Presevo)": after a count of unaccompanied children, persons "of them" staying somewhere are those children. A
    /// centre's are its children there; the country's part in centres is no count of everyone accommodated.
    /// </summary>
    private static List<FigureCandidate> GroupParts(List<FigureCandidate> figures, string text, LanguagePack? language) =>
        [.. figures.Where(f => IsGroupPart(f, figures, text, language))];

    private static bool IsGroupPart(FigureCandidate figure, IReadOnlyList<FigureCandidate> figures, string text, LanguagePack? language) =>
        figure.Indicator is Indicators.Accommodated or Indicators.PresentTotal
        && figures.Where(g => g.Start < figure.Start && g.Indicator is Indicators.UascPresent or Indicators.UascArrivals).MinBy(g => g.Start) is { } group
        && (language ?? LanguagePacks.English).WordRegex("anaphora", @"(?<![\p{L}])(?:", @")(?![\p{L}])") is { } anaphora
        && anaphora.Match(text, group.Start + group.Length) is { Success: true } of && of.Index < figure.Start + figure.Length + AnaphoraReach;

    // "771 of them": the words that point back stand right after the part's number, or just before it.
    private const int AnaphoraReach = 20;

    /// <summary>Concepts that say a number is not what a figure beside it counts: a list item or a topic never has them.</summary>
    /// <summary>
    /// "Of this year's applications, … 21% (755) from children, among them 99 unaccompanied children": a part opened by
    /// "among them", "including", "of whom" counts within the whole the sentence spoke of before it. When that whole is
    /// asylum applications or intentions and nothing there arrives or is detected, the part is not a count of arrivals
    /// or of persons present.
    /// </summary>
    private static bool PartOfAsylumCount(string text, NumberMention number, string indicator, IReadOnlyList<ConceptTag> tags)
    {
        if (indicator is "asylum_applications" or "asylum_intentions" || Breakdown is null)
        {
            return false;
        }

        // A colon opens a box's values as often as a breakdown: only the words count here.
        var marker = Breakdown.Matches(text[..number.Start]).LastOrDefault(m => m.Value != ":");
        if (marker is null || Words(text.AsSpan(marker.Index + marker.Length, number.Start - marker.Index - marker.Length)) > 2)
        {
            return false;
        }

        var whole = tags.Where(t => t.End <= marker.Index).Select(t => t.Concept).ToHashSet(StringComparer.Ordinal);
        return (whole.Contains("apply") || whole.Contains("intention")) && !whole.Contains("arrive") && !whole.Contains("detect");
    }

    /// <summary>
    /// "relocated over 830 men and boys (among them over 160 UASCs)": a part opened by "among them", "of whom", "od čega"
    /// counts within a whole that was no figure because it counts a service, a removal or a status; so is the part.
    /// </summary>
    private static string? PartOfNoCount(string text, NumberMention number, IReadOnlyList<ConceptTag> tags, IReadOnlyList<FigureCandidate> figures)
    {
        if (Breakdown is null)
        {
            return null;
        }

        var marker = Breakdown.Matches(text[..number.Start]).LastOrDefault(m => m.Value != ":");
        if (marker is null || Words(text.AsSpan(marker.Index + marker.Length, number.Start - marker.Index - marker.Length)) > 2
            || figures.Any(f => f.Start < marker.Index))
        {
            return null;
        }

        return tags.Where(t => t.End <= marker.Index && t.Concept is "service" or "removal" or "status").Select(t => t.Concept).LastOrDefault();
    }

    private static Regex? Breakdown => LanguagePacks.AnyWord("breakdown", @"(?<![\p{L}])(?:", @")(?![\p{L}])");

    private static readonly HashSet<string> Against = new(["removal", "transfer", "service", "status", "notcount", "subgroup", "pending", "week", "elsewhere", "subnational"], StringComparer.Ordinal);

    /// <param name="weekAllowed">A count present on a day of a weekly report may name its week ("by the end of the week the figure was 305").</param>
    private static bool Plain(NumberMention number, IReadOnlyList<ConceptTag> tags, NumberPlace place, string text, bool weekAllowed = false) =>
        char.IsDigit(text[number.Start]) && !Concepts(tags, place).Any(c => Against.Contains(c) && !(weekAllowed && c == "week"));

    /// <summary>
    /// "For the camps in the south the estimates for 27 October are: Preševo around 700 people, Vranje 200, Bujanovac
    /// 140": centres each named right before its number, two or more in a sentence about centres, with no figure to
    /// take what they count from, are each centre's residents.
    /// </summary>
    private static IEnumerable<FigureCandidate> CentreItems(
        Sentence sentence, SentenceContext context, IReadOnlyList<NumberMention> free, IReadOnlyDictionary<NumberMention, NumberPlace> places, IReadOnlyList<ConceptTag> tags,
        IReadOnlyList<PeriodMention> periods, ReportPeriod report, Regex? joints)
    {
        const double ItemConfidence = 0.8;
        if (!tags.Any(t => t.Concept is "centre" or "in-centre"))
        {
            yield break;
        }

        var text = sentence.Text;
        var items = new List<(NumberMention Number, string Site)>();
        foreach (var number in free.Where(n => n.Value is > 0 || n.IsRange))
        {
            var place = places[number];
            var left = text[place.OwnStart..number.Start];
            if (SiteGazetteer.Find(left) is [var only] && ItemGap().IsMatch(left.AsSpan(only.End))
                && !tags.Any(t => Against.Contains(t.Concept) && t.Start >= place.OwnStart && t.End <= place.OwnEnd))
            {
                items.Add((number, only.Name));
            }
        }

        if (items.Select(i => i.Site).Distinct().Count() < 2)
        {
            yield break;
        }

        // "… the estimates for 27 October are: Preševo around 700 people, …. In Belgrade, …; Bogovađa about 150, …": a list of
        // centres that goes on in the next sentence, with no time of its own, is of the day the list began with.
        var continued = periods.Count == 0 && context.PreviousPeriod is { Kind: PeriodKind.PointInTime } day
            && context.PreviousFigures.Any(f => f.Rule == CentreItemRule)
            ? PeriodChooser.Map(IndicatorKind.Stock, day, report)
            : null;
        foreach (var (number, site) in items)
        {
            var place = places[number];
            if ((PeriodChooser.Choose(IndicatorKind.Stock, number.Start, (place.OwnStart, place.OwnEnd), text, periods, report, joints) ?? continued) is not { } period)
            {
                continue;
            }

            yield return new FigureCandidate
            {
                Country = SiteGazetteer.CountryOf(site), Site = site, Scope = ScopeHint.None, Indicator = Indicator.Accommodated.Code,
                Measure = period.Measure, Period = period.Period, Value = number.Value, Low = number.Low, High = number.High,
                Approximate = number.Approximate, Sentence = sentence, Start = number.Start, Length = number.Length,
                Rule = CentreItemRule, Confidence = ItemConfidence, Explanation = "a centre's item of a list of centres",
            };
        }
    }

    private const string CentreItemRule = "accommodated/centre-item";

    /// <summary>What may stand between a centre's name and its number: nothing, or one word ("around", "cca", "oko").</summary>
    [GeneratedRegex(@"^\s*(?:[\p{L}.]+\s+)?$")]
    private static partial Regex ItemGap();

    /// <summary>
    /// "Во март МВР регистрираше 1.120 нерегуларни мигранти, додека во февруари беа регистрирани 980": a number whose
    /// words repeat the verb of the figure before it, without its noun, counts the same thing, in its own period.
    /// </summary>
    private static IEnumerable<FigureCandidate> Ellipses(
        Sentence sentence, IReadOnlyList<FigureCandidate> figures, IReadOnlyList<NumberMention> free, IReadOnlyDictionary<NumberMention, NumberPlace> places,
        IReadOnlyList<ConceptTag> tags, IReadOnlyList<PeriodMention> periods, ReportPeriod report, Regex? joints)
    {
        foreach (var number in free)
        {
            var place = places[number];
            var before = figures.Where(f => f.Start < number.Start && f.Site is null).MaxBy(f => f.Start);
            if (before is null || !Indicator.TryParse(before.Indicator, out var indicator) || !Plain(number, tags, place, sentence.Text))
            {
                continue;
            }

            // Its words must repeat the words that made the figure before it what it is (its indicator's key).
            var keys = IndicatorLexicon.Readings.Where(r => r.Indicator == indicator).SelectMany(r => r.Keys).SelectMany(k => k.Concepts).ToHashSet(StringComparer.Ordinal);
            var theirs = places.Where(p => p.Key.Start == before.Start).Select(p => (NumberPlace?)p.Value).FirstOrDefault();
            var own = Concepts(tags, place).Where(keys.Contains).ToHashSet(StringComparer.Ordinal);
            if (own.Count == 0 || theirs is not { } their || !Concepts(tags, their).Any(own.Contains))
            {
                continue;
            }

            var period = PeriodChooser.Choose(indicator.Kind, number.Start, (place.OwnStart, place.OwnEnd), sentence.Text, periods, report, joints);
            if (period is { } chosen)
            {
                yield return before with
                {
                    Measure = chosen.Measure, Period = chosen.Period, Value = number.Value, Low = number.Low, High = number.High,
                    Approximate = number.Approximate, Start = number.Start, Length = number.Length, Rule = before.Rule + "/ellipsis",
                    Explanation = "the same " + before.Indicator + " as the figure before it", Confidence = before.Confidence * 0.9,
                };
            }
        }
    }

    /// <summary>
    /// "Montenegro accounted for 8,318 of them", "Next came Bosnia and Herzegovina with 27,429": a number with no words of
    /// an indicator, placed in a country or pointing back ("of them"), counts what the sentence before counted.
    /// </summary>
    private static IEnumerable<FigureCandidate> Topic(
        Sentence sentence, SentenceContext context, IEnumerable<NumberMention> free, IReadOnlyDictionary<NumberMention, NumberPlace> places,
        IReadOnlyList<ConceptTag> tags, IReadOnlyList<CountryMention> locations, IReadOnlyList<LanguagePack> packs, IReadOnlyList<PeriodMention> periods,
        ReportPeriod report, Regex? joints)
    {
        var previous = sentence.Previous is null ? null : context.PreviousFigures.Where(f => f.Site is null).MinBy(f => f.Start);

        // "… rose from 120,513 in 2021 to 192,266 last year. Serbia accounted for most of that number (120,883), …": after a
        // change over years, the text goes on about the latest year's figure.
        if (previous is not null && context.PreviousFigures.Where(f => f.Site is null).ToList() is { Count: > 1 } yearly
            && yearly.All(f => f.Measure == Measures.Year && f.Indicator == previous.Indicator) && yearly.Select(f => f.Period).Distinct().Count() == yearly.Count)
        {
            previous = yearly.MaxBy(f => f.Period, StringComparer.Ordinal);
        }

        // "In Albania the yearly total grew five-fold, from 752 in 2017 to 3,401 in 2018": a total of one of the six that
        // does not say of what counts what the text counted last.
        var last = context.RecentFigures.LastOrDefault(f => f.Site is null && !f.Rule.EndsWith("/comparison", StringComparison.Ordinal));

        // "The camp held around 420 refugees at the start of the week. … by the end of the week the official figure was 305": a
        // number that calls itself the figure counts what the sentence before counted, in the same centre.
        var pointedAt = sentence.Previous is null ? null : context.PreviousFigures.MinBy(f => f.Start);
        foreach (var number in free)
        {
            // Placed in one of the six or the region: a part of the figure before that names no place is a breakdown, not a figure.
            var place = places[number];
            var inOwn = locations.Any(m => !m.IsElsewhere && m.Start >= place.OwnStart && m.End <= place.OwnEnd)
                || tags.Any(t => t.Concept == "region" && t.Start >= place.OwnStart && t.End <= place.OwnEnd);
            // "Next came Bosnia and Herzegovina with 27,429": the country may lead the clause, words before the number.
            var named = inOwn || locations.Any(m => !m.IsElsewhere && m.Start >= place.ClauseStart && m.End <= number.Start
                && !sentence.Text.AsSpan(m.End, number.Start - m.End).ContainsAny(RankGapStops));
            var total = !inOwn && last is not null && locations.Count > 0 && locations.All(m => !m.IsElsewhere && !m.InList)
                && tags.Any(t => t.Concept == "total" && t.Start >= place.ClauseStart && t.End <= number.Start);
            var pointsBack = !inOwn && !total && pointedAt is not null
                && tags.Any(t => t.Concept == "antecedent" && t.Start >= place.OwnStart && t.End <= number.Start);
            var topic = pointsBack ? pointedAt : total && previous is null ? last : previous;
            var partOf = !inOwn && !total && !pointsBack && PartOfThem(sentence.Text, number, packs);
            if ((!named && !partOf && !total && !pointsBack) || topic is null || !Indicator.TryParse(topic.Indicator, out var indicator)
                || !Plain(number, tags, place, sentence.Text, weekAllowed: pointsBack && !indicator.IsFlow))
            {
                continue;
            }

            var own = PeriodChooser.Choose(indicator.Kind, number.Start, (place.OwnStart, place.OwnEnd), sentence.Text, periods, report, joints);

            // "… by the end of the week the official figure was 305": the figure pointed back to is counted again at a time of
            // its own; "in summer that number falls to some 2,500" gives none and says how the count varies, not what it was.
            if (pointsBack && own is null)
            {
                continue;
            }

            // "September alone accounted for 10 400 of them": a part of the figure before in a period of its own; a part
            // in the same period ("1,200 of them were Afghans") is a breakdown.
            if (partOf && (own is not { } part || part.Period == topic.Period))
            {
                continue;
            }

            var period = own ?? (periods.Any(p => !p.IsComparative) ? null : (topic.Measure, topic.Period));
            if (period is { } chosen)
            {
                yield return topic with
                {
                    Sentence = sentence, Measure = chosen.Measure, Period = chosen.Period, Value = number.Value, Low = number.Low, High = number.High,
                    Approximate = number.Approximate, Start = number.Start, Length = number.Length, Country = null, Scope = ScopeHint.None,
                    Rule = topic.Rule + "/topic", Explanation = "what the sentence before counts (" + topic.Indicator + ")", Confidence = topic.Confidence * 0.85,
                };
            }
        }
    }

    /// <summary>Another number, or a bracket whose values are a breakdown ("Serbia (16 refugee status, …)"), between a country and its rank's value.</summary>
    private static readonly System.Buffers.SearchValues<char> RankGapStops = System.Buffers.SearchValues.Create("0123456789(/");

    private static IEnumerable<string> Concepts(IReadOnlyList<ConceptTag> tags, NumberPlace place) =>
        tags.Where(t => t.Start >= place.OwnStart && t.End <= place.OwnEnd).Select(t => t.Concept);

    /// <summary>
    /// "This brings the total for 2022 to 25,930 and the number of arrivals since January 2018 to 104,580": a
    /// total that does not say of what counts what the figure joined to it counts, in its own period.
    /// </summary>
    private static IEnumerable<FigureCandidate> Totals(
        Sentence sentence, IReadOnlyList<FigureCandidate> figures, IReadOnlyList<NumberMention> free, IReadOnlyDictionary<NumberMention, NumberPlace> places,
        IReadOnlyList<ConceptTag> tags, IReadOnlyList<PeriodMention> periods, ReportPeriod report, Regex? joints)
    {
        FigureCandidate? lastTotal = null;
        foreach (var number in free)
        {
            var place = places[number];

            // "… to 1,205 and for the year 2016 to 7,341": a total of another period joined to the total before it.
            var joined = lastTotal is not null && periods.Any(p => p.Start >= place.OwnStart && p.End <= number.Start) && Plain(number, tags, place, sentence.Text)
                && !figures.Any(f => f.Start > lastTotal.Start && f.Start < number.Start);

            // "…, which brings the total for August to 1,205": the clause opens inside the words that say so.
            if ((!joined && !tags.Any(t => t.Concept == "total" && t.End > place.OwnStart && t.Start < place.OwnEnd))
                || tags.Any(t => t.Concept is "subgroup" or "status" && t.Start >= place.OwnStart && t.End <= place.OwnEnd))
            {
                continue;
            }

            // The figure it totals: the nearest before it ("335 arrivals …, bringing the total for 2021 to 15,740"), else after it.
            var next = (joined ? figures.FirstOrDefault(f => lastTotal!.Rule == f.Rule + "/total" && f.Start < lastTotal.Start) : null)
                ?? figures.Where(f => f.Start < number.Start && f.Site is null).MaxBy(f => f.Start)
                ?? figures.Where(f => f.Start > number.End && f.Start < place.ClauseEnd && f.Site is null && !OpensBreakdown(sentence.Text, number.End, f.Start)).MinBy(f => f.Start);
            if (next is null || !Indicator.TryParse(next.Indicator, out var indicator))
            {
                continue;
            }

            if (PeriodChooser.Choose(indicator.Kind, number.Start, (place.OwnStart, place.OwnEnd), sentence.Text, periods, report, joints) is { } period)
            {
                lastTotal = next with
                {
                    Measure = period.Measure, Period = period.Period, Value = number.Value, Low = number.Low, High = number.High,
                    Approximate = number.Approximate, Start = number.Start, Length = number.Length, Rule = next.Rule + "/total",
                    Explanation = "the total of " + next.Indicator + " joined to it",
                };
                yield return lastTotal;
            }
        }
    }

    /// <summary>
    /// "… a total of 2,582 foreign nationals: 1,582 men, 319 women … and 152 children travelling alone": what follows
    /// the colon is a part of the total, and a part does not say what the whole counts.
    /// </summary>
    private static bool OpensBreakdown(string text, int from, int to) => text.AsSpan(from, to - from).Contains(':');

    private static Regex? FunctionWords => LanguagePacks.AnyWord("function", @"^(?:", @")$");

    /// <summary>
    /// The noun a number counts when the lexicon does not know it and its reading rests on words before it: in "Plan
    /// ima pet prioriteta", "ima" (there are) would make "pet" persons present; "prioriteta" says it counts something else.
    /// Function words are passed over ("2,615 were accommodated"); null when the head is known or the reading rests on it.
    /// </summary>
    private static string? ForeignHead(string text, NumberMention number, NumberPlace place, IReadOnlyList<ConceptTag> tags)
    {
        const int MaxWords = 3;
        var keyAfter = tags.Any(t => t.Start >= number.End && t.End <= place.OwnEnd && t.Concept is not ("flow-time" or "stock-time"));
        if (keyAfter)
        {
            return null;
        }

        var i = number.End;
        for (var w = 0; w < MaxWords; w++)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i >= text.Length || !char.IsLetter(text[i]))
            {
                return null;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '’' or '-'))
            {
                i++;
            }

            var word = text[start..i];
            if (tags.Any(t => t.Start <= start && t.End >= i) || char.IsUpper(word[0]))
            {
                return null;
            }

            if (FunctionWords?.IsMatch(word) != true)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>
    /// The sentence's concepts with what its periods say: a time over which things happen ("during 2021", "since
    /// January") speaks for a flow, a moment ("on 31 March", "at the end of October") for a stock (indicators.txt).
    /// </summary>
    private static IReadOnlyList<ConceptTag> WithTimes(IReadOnlyList<ConceptTag> tags, IReadOnlyList<PeriodMention> periods)
    {
        if (periods.Count == 0)
        {
            return tags;
        }

        var all = tags.ToList();
        foreach (var p in periods.Where(p => !p.IsComparative))
        {
            var concept = p.Kind switch
            {
                PeriodKind.Year or PeriodKind.Interval => "flow-time",
                PeriodKind.PointInTime when !p.ToDate => "stock-time",
                _ => null,
            };
            if (concept is not null)
            {
                all.Add(new ConceptTag(concept, p.Start, p.End, 1));
            }
        }

        all.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return all;
    }

    /// <summary>
    /// "Nga Serbia hynë 99, nga Maqedonia e Veriut 46, …", "89 from Serbia and 46 from Montenegro": flows counted by the
    /// country they came from, two or more in one sentence, break a total down by route.
    /// </summary>
    private static List<FigureCandidate> ByRoute(IReadOnlyList<FigureCandidate> figures, IReadOnlyDictionary<NumberMention, NumberPlace> places, string text)
    {
        if (places.Count < 2 || !figures.Any(f => Indicator.TryParse(f.Indicator, out var i) && i.IsFlow))
        {
            return [];
        }

        var origins = CountryMentions.Origins(text);
        if (origins.Count < 2)
        {
            return [];
        }

        // Each origin belongs to the nearest number whose stretch holds it: "25,000 … entered Bosnia from Serbia and Montenegro,
        // and since the start of this year … 8,930" names the routes of one total, not a part for each number.
        var routed = origins
            .Select(o => places.Where(p => o.Start >= p.Value.AfterPrevious && o.End <= p.Value.BeforeNext)
                .Select(p => p.Key).MinBy(n => o.Start >= n.End ? o.Start - n.End : n.Start - o.End))
            .OfType<NumberMention>().Distinct().ToList();
        if (routed.Count < 2)
        {
            return [];
        }

        // The rest of such a list ("… and for 16 others it is not known") is a part too; a total of the parts is not.
        var sum = routed.Sum(n => n.Value ?? 0);
        return figures.Where(f => Indicator.TryParse(f.Indicator, out var i) && i.IsFlow
            && (routed.Any(n => n.Start == f.Start) || (f.Value ?? f.High ?? 0) < sum)).ToList();
    }

    /// <summary>"… most of them went on to EU countries": a place people went on to says nothing of whose the figure is.</summary>
    private static Regex Destination => LanguagePacks.AnyWord("destination", @"(?<![\p{L}])(?:", @")\s+(?:the\s+)?$")!;

    /// <summary>"Of these 1409, 887 entered …", "Od tih 13.333 migranata …": the number of an opening that points back is the whole stated before.</summary>
    private static bool BackWhole(string text, NumberMention number) =>
        BackOpening.Match(text) is { Success: true } opening && text.AsSpan(opening.Index + opening.Length, number.Start - opening.Index - opening.Length).IsWhiteSpace();

    [GeneratedRegex(@"^\d{1,2}\.?\s+\p{Lu}{2,}(?:[\s&,/-]+\p{Lu}{2,})+\s*$")]
    private static partial Regex SectionNumber();

    private static Regex BackOpening => LanguagePacks.AnyWord("of-these", @"^\W*(?:", @")(?![\p{L}])")!;

    /// <summary>A count of tents, containers or rooms rather than of centres.</summary>
    private static bool CountsStructures(string text, NumberMention number, LanguagePack? language, IReadOnlyList<ConceptTag> tags) =>
        CountsWhat(text, number, language, tags, "structures");

    /// <summary>
    /// "in 16 governmental centres", "u 17 prihvatnih i centara za azil", "two former army bases", "u tri tamošnja prihvatna
    /// centra": a number of places, not of persons. Up to two words may stand between, none of them a function word or
    /// a word of the lexicon ("350 migrants in centres", "430 estimated outside TRCs" count persons).
    /// </summary>
    private static bool CountsPlaces(string text, NumberMention number, LanguagePack? language, IReadOnlyList<ConceptTag> tags) =>
        CountsWhat(text, number, language, tags, "centres");

    /// <summary>Whether the noun the number counts, past a few modifiers, is one of the pack's words of the key.</summary>
    private static bool CountsWhat(string text, NumberMention number, LanguagePack? language, IReadOnlyList<ConceptTag> tags, string key)
    {
        var pack = language ?? LanguagePacks.English;
        if (pack.WordRegex(key, @"\G\s*(?:", @")\b(?!\s+capacity)") is not { } places)
        {
            return false;
        }

        var function = pack.WordRegex("function", @"^(?:", @")$");
        var at = number.End;
        for (var words = 0; ; words++)
        {
            if (places.IsMatch(text, at))
            {
                return true;
            }

            if (words == MaxPlaceModifiers || ModifierWord().Match(text, at) is not { Success: true } word
                || function?.IsMatch(word.Groups["word"].Value) == true || tags.Any(t => t.Start == word.Groups["word"].Index))
            {
                return false;
            }

            at = word.Index + word.Length;
        }
    }

    private const int MaxPlaceModifiers = 2;

    [GeneratedRegex(@"\G\s+(?<word>[\p{L}-]+)(?![\p{L}\d])")]
    private static partial Regex ModifierWord();

    /// <summary>
    /// Numbers whose head says they count something other than persons: "7 cases", "6 RSD interviews", and "five of
    /// the 6 RSD interviews" with them. They are neither figures nor neighbours that cut another number's words.
    /// </summary>
    private static List<NumberMention> NotPersons(string text, IReadOnlyList<NumberMention> numbers, IReadOnlyList<ConceptTag> tags, IReadOnlyList<LanguagePack> packs)
    {
        var reach = IndicatorLexicon.Settings.HeadReach;
        var result = new List<NumberMention>();
        for (var i = numbers.Count - 1; i >= 0; i--)
        {
            var number = numbers[i];
            var head = tags.FirstOrDefault(t => t.Start >= number.End);
            var notPersons = head.Concept == "notcount" && Words(text.AsSpan(number.End, head.Start - number.End)) <= reach
                && !text.AsSpan(number.End, head.Start - number.End).ContainsAny(",;:()");
            var partitive = i + 1 < numbers.Count && result.Contains(numbers[i + 1])
                && packs.Any(p => p.WordRegex("partitive", @"^\s*(?:", @")\s*$") is { } of && of.IsMatch(text.AsSpan(number.End, numbers[i + 1].Start - number.End)));
            if (notPersons || partitive)
            {
                result.Add(number);
            }
        }

        return result;
    }

    /// <summary>
    /// "1 "Registered" means …", "2 The figures include …": a small number that opens a line and is followed by a
    /// quotation or a capitalised function word marks a note; counts are followed by what they count.
    /// </summary>
    private static bool NoteMark(string text, NumberMention number, LanguagePack language)
    {
        if (number.Value >= 100 || number.IsZeroWord || !text.AsSpan(0, number.Start).IsWhiteSpace() || text.AsSpan(number.Start, number.Length).ContainsAnyExcept("0123456789"))
        {
            return false;
        }

        // "1 Arrivals from the FYR of Macedonia peaked by mid-October": one does not count a plural; a note's text opens there.
        var after = NoteOpening().Match(text, number.End);
        return after.Success && (after.Groups["quote"].Success
            || (number.Value == 1 && after.Groups["word"].Value.Length > 3 && after.Groups["word"].Value.EndsWith('s'))
            || language.Markers.Contains(after.Groups["word"].Value.ToLowerInvariant())
            || LanguagePacks.English.Markers.Contains(after.Groups["word"].Value.ToLowerInvariant()));
    }

    /// <summary>
    /// "… at the border with Greece – 551, and in 2 […]": a copy that breaks off mid-sentence may cut a number short,
    /// so the last number before the mark of the cut ("[…]", "[...]") is no figure. A bare "…" is left alone: news
    /// writes it after a number for effect.
    /// </summary>
    private static bool CutOff(string text, NumberMention number) => CutMark.IsMatch(text[number.End..]);

    private static readonly Regex CutMark = new(@"^\s*\[\s*(?:…|\.{3})\s*\]\s*$", RegexOptions.CultureInvariant);

    /// <summary>
    /// "REGIONAL OVERVIEW · APRIL – JUNE 2021 3": a small number that closes a line of capitals right after its date is the
    /// page's number under a running head.
    /// </summary>
    private static bool PageNumber(string text, NumberMention number, IReadOnlyList<PeriodMention> periods) =>
        number.Value < 1000 && !number.IsZeroWord && text.AsSpan(number.End).IsWhiteSpace()
        && !text.AsSpan(number.Start, number.Length).ContainsAnyExcept("0123456789")
        && text.Take(number.Start).Count(char.IsLetter) >= 4
        && ((!text.AsSpan(0, number.Start).ContainsAny(LowerCase) && periods.Any(p => p.End <= number.Start && text.AsSpan(p.End, number.Start - p.End).IsWhiteSpace()))
            // "Regional briefing on refugees and migrants · 20 February 2019 · 1": a footer's date, a separator, the page.
            || (FooterSeparator().Match(text, 0, number.Start) is { Success: true } separator
                && periods.Any(p => p.End <= separator.Index && text.AsSpan(p.End, separator.Index - p.End).IsWhiteSpace())));

    [GeneratedRegex(@"[·|•]\s*$", RegexOptions.RightToLeft)]
    private static partial Regex FooterSeparator();

    /// <summary>"… | October 2021 | 1/2", "… 1 / 2": a page of the document's pages, closing a footer.</summary>
    private static bool PageOfPages(string text, NumberMention number) =>
        PageOfPagesAtEnd().Match(text) is { Success: true } m && number.Start >= m.Index
        && int.Parse(m.Groups["page"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) <= int.Parse(m.Groups["pages"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![\d.,/])(?<page>\d{1,3})\s*/\s*(?<pages>\d{1,3})\s*$")]
    private static partial Regex PageOfPagesAtEnd();

    private static readonly System.Buffers.SearchValues<char> LowerCase = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzčćđšžëçабвгдђежзијклљмнњопрстћуфхцчџш");

    [GeneratedRegex(@"\G\s+(?:(?<quote>[""“‘'«„])|(?<word>\p{Lu}\p{Ll}*)(?![\p{L}]))")]
    private static partial Regex NoteOpening();

    /// <summary>
    /// "53 (2 girls, 51 boys) unaccompanied children", "384(46 f, 338 m) Asylum applications": numbers in brackets that
    /// open right after a number and add up to it break it down; the number before them is the figure. One number in
    /// brackets ("13,500 (including 270 UASC)") is a figure of its own.
    /// </summary>
    private static List<NumberMention> BracketParts(string text, IReadOnlyList<NumberMention> numbers)
    {
        var parts = new List<NumberMention>();
        foreach (var head in numbers)
        {
            var open = head.End;
            while (open < text.Length && text[open] == ' ')
            {
                open++;
            }

            if (open >= text.Length || text[open] != '(' || text.IndexOf(')', open) is var close && close < 0)
            {
                continue;
            }

            var inside = numbers.Where(n => n.Start > open && n.End <= close).ToList();
            if (inside.Count > 1 && inside.Sum(n => n.Value) == head.Value)
            {
                parts.AddRange(inside);
            }
        }

        return parts;
    }

    /// <summary>"10 400 of them", "500 od njih": the number is a part of what the sentence before counts.</summary>
    private static bool PartOfThem(string text, NumberMention number, IReadOnlyList<LanguagePack> packs) =>
        packs.Any(p => p.WordRegex("anaphora", @"^\s*(?:", @")\b") is { } anaphora && anaphora.IsMatch(text.AsSpan(number.End)));

    /// <summary>
    /// "As of Sunday, 28 October, there were 3,919 in Serbia. 3,485 of them were accommodated in 15 centres.": a stock
    /// stated with no time of its own (a tense that only says it is so is none), right after a sentence that counted
    /// stocks on one day, is of that day. A month's last day is its month's, which a report's stock with no time is
    /// anyway; the day of publication or of a statement is no day a count was made on (nor is a number of places one).
    /// </summary>
    private static (string Measure, string Period)? CarriedDay(IReadOnlyList<PeriodMention> periods, SentenceContext context, ReportPeriod report) =>
        periods.All(p => p.IsComparative || p.PresentTense)
        && context.PreviousFigures.Where(f => f.Measure == Model.Measures.Stock).Select(f => f.Period).Distinct(StringComparer.Ordinal).ToList() is [{ Length: 10 } day]
        && Model.PeriodText.ParseDay(day) is var date && date.AddDays(1).Day != 1 && date != report.Published
            ? (Model.Measures.Stock, day)
            : null;

    /// <summary>
    /// The period of a sentence that speaks of the figures of the sentence before it: "Of the 13,333 reported migrants,
    /// 12,588 declared an intention …" counts over the 13,333's period, not the report month's. The number right after
    /// "Of the" is that earlier figure, of its period, whatever months follow ("Od pomenutih 1036 migranata u januaru je
    /// otkriveno 157 …"); when the sentence before gave no figure, the period it named stands for it.
    /// </summary>
    private static (string Measure, string Period)? BackPeriod(
        string text, NumberMention number, IReadOnlyList<PeriodMention> periods, SentenceContext context, IndicatorKind kind, ReportPeriod report,
        Match? head, bool pointsBack)
    {
        var isHead = head is not null && head.Index + head.Length == number.Start;
        if (!isHead && (periods.Any(p => !p.IsComparative) || (head is null && !pointsBack)))
        {
            return null;
        }

        var earlier = context.PreviousFigures.Where(f => !f.Rule.EndsWith("/comparison", StringComparison.Ordinal)).OrderBy(f => f.Start).ToList();
        var named = head is null ? null : HeadValue(text, head);
        var same = named is null ? null : context.RecentFigures.LastOrDefault(f => f.Value == named);

        // "Of the 7,230 persons who have expressed an intention … since January 2021": a number no sentence before stated,
        // with a span of time of its own, is new; only a number stated before takes that statement's period. Months
        // after it ("Od pomenutih 1036 … u januaru je otkriveno 157") date the parts that follow.
        if (isHead && same is null && periods.Any(p => !p.IsComparative && p.Kind == PeriodKind.Interval && p.Start > number.End))
        {
            return null;
        }

        var referent = same ?? earlier.FirstOrDefault();
        if (referent is not null)
        {
            var flow = referent.Measure != Measures.Stock;
            return flow == (kind == IndicatorKind.Flow) ? (referent.Measure, referent.Period) : null;
        }

        return isHead && context.PreviousPeriod is { IsComparative: false } previous ? PeriodChooser.Map(kind, previous, report) : null;
    }

    private static long? HeadValue(string text, Match head) =>
        NumberReader.Read(text[(head.Index + head.Length)..]).FirstOrDefault()?.Value;

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

                // "nije prijavljen nijedan incident u kome su učestvovali migranti": no incidents, not no migrants. "Za nas nije
                // bilo mjesta" (there was no room for us) says a centre was full, not that it has no places.
                var next = tags.FirstOrDefault(t => t.Start >= end);
                // "there are no registered organised crime groups": the noun the negation counts comes after the indicator's words.
                var counted = tags.FirstOrDefault(t => t.Start >= end && t.Concept is "notcount" && Words(text.AsSpan(end, t.Start - end)) < ZeroReachWords + 2);
                if (next.Concept is not null && next.Concept != "capacity" && keys.Contains(next.Concept) && Words(text.AsSpan(end, next.Start - end)) < ZeroReachWords
                    && counted.Concept is null)
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

    /// <summary>
    /// "9 asylum claims (4 cases involving 9 persons)", "87 requests made on behalf of 97 individuals": the persons counted
    /// beside cases, and that number marked as used.
    /// </summary>
    private static NumberMention PersonsNotCases(string text, NumberMention number, int clauseEnd, HashSet<int> overridden, LanguagePack? language)
    {
        var reach = text[number.End..Math.Min(clauseEnd, number.End + OverrideReach)];
        foreach (var pack in LanguagePacks.ConceptPacks(language))
        {
            var match = pack.WordRegex("persons-not-cases", @"^[^()]{0,100}?\(\s*[^()]*?\b(?:", @")\b")?.Match(reach);
            if (match is not { Success: true })
            {
                match = pack.WordRegex("cases-for-persons", @"^\s*(?:", @")\b")?.Match(reach);
            }

            if (match is not { Success: true })
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

    private static bool AxisOfPeriods(string text, NumberMention number, IReadOnlyList<PeriodMention> periods)
    {
        var end = number.End;
        var run = 0;
        foreach (var period in periods.Where(p => p.Start >= end && p.Kind == PeriodKind.Month).OrderBy(p => p.Start))
        {
            if (!text.AsSpan(end, period.Start - end).IsWhiteSpace())
            {
                break;
            }

            run++;
            end = period.End;
        }

        return run >= 2;
    }

    /// <summary>
    /// A compared value's own words end at the next conjunction or comma: "twenty times the 1,116 reported in 2017 and
    /// close to double the total of all the countries of the region" compares with the region only after the "and".
    /// </summary>
    private static NumberPlace OwnComparison(string text, NumberPlace place)
    {
        var end = place.OwnEnd;
        if (ComparisonEnd.Match(text, place.End, Math.Max(0, end - place.End)) is { Success: true } joint)
        {
            end = joint.Index;
        }

        return place with { OwnEnd = end, ClauseEnd = Math.Min(place.ClauseEnd, end) };
    }

    private static Regex ComparisonEnd => LanguagePacks.AnyWord("conjunction", @"(?:,|(?<![\p{L}])(?:", @")(?![\p{L}]))")!;

    [GeneratedRegex(@"(?<![\d./-])(?<id>\d{3,5})\s*(?:\(|/)\s*$", RegexOptions.RightToLeft)]
    private static partial Regex DocumentNumberBefore();
}
