using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Extraction.Labels;
using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Language.Periods;
using MigrationFeeds.Parsing.Language.Text;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// Numbers listed against places, which take what they count from a figure of their sentence:
/// <list type="bullet">
/// <item>centres after a figure of persons accommodated, places or children present ("4,117 … were accommodated in
/// temporary reception centres: Miral 680, Ušivak 470 …"): each centre's figure;</item>
/// <item>values in brackets after countries ("Bosnia and Herzegovina (23,271), Albania (3,280) and Montenegro (4,400)
/// have together registered 30,951 …"): each country's figure of what the clause counts;</item>
/// <item>"respectively": as many numbers as places named before them, in order ("the transit centres Vinojug and
/// Tabanovce accommodated 47 and 23 persons respectively", "In Montenegro and Kosovo, 38 and 41 applications
/// respectively").</item>
/// </list>
/// </summary>
internal static partial class Lists
{
    private static readonly HashSet<string> Against = new(["removal", "transfer", "service", "status", "notcount", "subgroup", "pending", "week", "elsewhere", "subnational"], StringComparer.Ordinal);

    public static IEnumerable<FigureCandidate> Read(
        Sentence sentence, List<FigureCandidate> figures, IReadOnlyList<NumberMention> free, IReadOnlyDictionary<NumberMention, NumberPlace> places,
        IReadOnlyList<CountryMention> locations, IReadOnlyList<LanguagePack> packs, IReadOnlyList<ConceptTag> tags,
        IReadOnlyList<FigureCandidate>? previousFigures = null)
    {
        var text = sentence.Text;
        var added = new List<FigureCandidate>();

        // Countries named in a list are places even without "in" before each ("In Montenegro and Kosovo, …").
        var placedIn = locations;
        locations = CountryMentions.NotOrigins(text);

        if (Respectively(text, packs) is { } respectively)
        {
            added.AddRange(Respective(sentence, figures, free, places, locations, respectively));
        }

        foreach (var number in free.Where(n => !added.Any(a => a.Start == n.Start)))
        {
            var place = places[number];
            var own = text[place.OwnStart..place.OwnEnd];
            var site = SiteGazetteer.Find(own).Select(s => s.Name).Distinct().ToList();
            var country = locations.Where(m => !m.IsElsewhere && m.Start >= place.OwnStart && m.End <= place.OwnEnd).Select(m => m.Country).Distinct().ToList();

            // A centre's item after a figure of a site indicator.
            var before = figures.Concat(added).Where(f => f.Start < number.Start && SiteAttribution.SiteIndicators.Contains(f.Indicator)).MaxBy(f => f.Start);
            if (site.Count == 1 && before is not null)
            {
                added.Add(Chained(Item(before, number, site[0], before.Country), before, "/centre-item"));
                continue;
            }

            // "… in Obrenovac (865) and Krnjača (523). Next come Principovac (180), Pirot (172) …": a sentence of centres'
            // values in brackets, with nothing of its own they count, continues the list of centres the sentence before ended.
            var listed = previousFigures?.Where(f => f.Site is not null && SiteAttribution.SiteIndicators.Contains(f.Indicator)).MaxBy(f => f.Start);
            if (site.Count == 1 && listed is not null && figures.Count == 0 && Bracketed(text, number)
                && SiteGazetteer.CountryOf(site[0]) == SiteGazetteer.CountryOf(listed.Site))
            {
                added.Add(Chained(Item(listed with { Sentence = sentence }, number, site[0], listed.Country), listed, "/centre-list"));
                continue;
            }

            // A country's value in brackets, or a part placed in a country or the region ("of which 61,735 on the Western
            // Balkan route"): what the nearest figure of its clause counts.
            var region = tags.Any(t => t.Concept == "region" && t.Start >= place.OwnStart && t.End <= place.OwnEnd);
            var placed = placedIn.Any(m => !m.IsElsewhere && m.Start >= place.OwnStart && m.End <= place.OwnEnd) || region;
            if (Glued(text, number))
            {
                continue;
            }

            var namedItem = country.Count == 1 && !placed && NamedBefore(text, number, locations) is not null;
            if ((country.Count == 1 && Bracketed(text, number)) || namedItem || (placed && !Bracketed(text, number)))
            {
                var nearest = (Bracketed(text, number)
                        ? figures.Where(f => f.Site is null && f.Start >= place.ClauseStart && f.Start < place.ClauseEnd)
                        : figures.Where(f => f.Site is null && f.Start < number.Start))
                    .MinBy(f => Math.Abs(f.Start - number.Start))
                    // "Serbia (120,883), which remains …, followed by Bosnia and Herzegovina (27,429)": the item before, past an aside.
                    ?? (Bracketed(text, number) ? figures.Concat(added).Where(f => f.Site is null && f.Start < number.Start && Bracketed(text, f.Start, f.Length)).MaxBy(f => f.Start) : null);
                if (nearest is not null && !(nearest.Scope == ScopeHint.Elsewhere && namedItem) && !tags.Any(t => Against.Contains(t.Concept) && t.Start >= place.OwnStart && t.End <= place.OwnEnd))
                {
                    // Each country of a list names itself: a later item is as sure as the one before it.
                    var chained = nearest.Rule.EndsWith("/country-item", StringComparison.Ordinal);
                    added.Add(Item(nearest, number, null, region ? Countries.Region : country[0]) with
                    {
                        Rule = chained ? nearest.Rule : nearest.Rule + "/country-item", Scope = ScopeHint.None, SentenceScope = ScopeHint.None,
                        Confidence = chained ? nearest.Confidence : nearest.Confidence * 0.9,
                    });
                }
            }
        }

        return added;
    }

    /// <summary>
    /// Each centre of a list names itself: the tenth item is as sure as the second, so an item after an item keeps its
    /// confidence instead of losing a tenth at every step.
    /// </summary>
    private static FigureCandidate Chained(FigureCandidate item, FigureCandidate of, string rule) =>
        of.Rule.EndsWith("/centre-item", StringComparison.Ordinal) || of.Rule.EndsWith("/centre-list", StringComparison.Ordinal)
            ? item with { Rule = of.Rule, Confidence = of.Confidence }
            : item with { Rule = of.Rule + rule };

    private static FigureCandidate Item(FigureCandidate of, NumberMention number, string? site, string? country) => of with
    {
        Value = number.Value, Low = number.Low, High = number.High, Approximate = number.Approximate,
        Start = number.Start, Length = number.Length, Site = site, Country = country,
        Confidence = of.Confidence * 0.9, Explanation = "an item of a list of what " + of.Indicator + " counts",
    };

    /// <summary>
    /// "…: Serbia 120,883, Bosnia and Herzegovina 27,429", "…, Kosovo 1,041": a country's name right before the number,
    /// after the comma, colon or conjunction that opens the item.
    /// </summary>
    internal static CountryMention? NamedBefore(string text, NumberMention number, IReadOnlyList<CountryMention> locations)
    {
        var name = locations.Where(m => !m.IsElsewhere && m.End <= number.Start).MaxBy(m => m.End);
        if (name is null || !string.IsNullOrWhiteSpace(text[name.End..number.Start].Replace(':', ' ').Replace('–', ' ')))
        {
            return null;
        }

        var before = text[..name.Start].TrimEnd();
        return before.EndsWith(',') || before.EndsWith(':') || before.EndsWith(';') || ItemOpens.IsMatch(before) ? name : null;
    }

    private static Regex ItemOpens => LanguagePacks.AnyWord("conjunction", @"(?<![\p{L}])(?:", @")$")!;

    /// <summary>A number glued to a word ("5Serbia" in a table of contents) is no item of a list.</summary>
    private static bool Glued(string text, NumberMention number) =>
        (number.End < text.Length && char.IsLetter(text[number.End])) || (number.Start > 0 && char.IsLetter(text[number.Start - 1]));

    /// <summary>A number that stands alone in brackets: "(23,271)".</summary>
    internal static bool Bracketed(string text, NumberMention number) => Bracketed(text, number.Start, number.End - number.Start);

    private static bool Bracketed(string text, int start, int length) =>
        text[..start].TrimEnd().EndsWith('(') && text[(start + length)..].TrimStart().StartsWith(')');

    internal static Match? Respectively(string text, IReadOnlyList<LanguagePack> packs) =>
        packs.Select(p => p.WordRegex("respectively", @"\b(?:", @")\b")?.Match(text)).FirstOrDefault(m => m?.Success == true);

    /// <summary>The numbers of the list the word "respectively" closes, and the places named before them, paired in order.</summary>
    private static IEnumerable<FigureCandidate> Respective(
        Sentence sentence, List<FigureCandidate> figures, IReadOnlyList<NumberMention> free, IReadOnlyDictionary<NumberMention, NumberPlace> places,
        IReadOnlyList<CountryMention> locations, Match respectively)
    {
        var text = sentence.Text;
        var numbers = places.Keys.Where(n => n.End <= respectively.Index).OrderBy(n => n.Start).ToList();
        var list = new List<NumberMention>();
        for (var i = numbers.Count - 1; i >= 0; i--)
        {
            if (list.Count > 0 && !ListJoint(text[numbers[i].End..list[0].Start]))
            {
                break;
            }

            list.Insert(0, numbers[i]);
        }

        // Pairs compared per place were read as such (VersusPairs).
        if (list.Count < 2 || figures.Any(f => f.Rule.EndsWith(VersusPairs.Rule, StringComparison.Ordinal) && list.Any(n => n.Start == f.Start)))
        {
            yield break;
        }

        var sites = SiteGazetteer.Find(text[..list[0].Start]).Select(s => s.Name).Distinct().ToList();
        var countries = locations.Where(m => m.End <= list[0].Start).Select(m => m.Country).Distinct().ToList();
        var template = figures.Where(f => list.Any(n => n.Start == f.Start)).MinBy(f => f.Start);
        if (template is null)
        {
            yield break;
        }

        // Take the places that pair with the list, nearest first.
        IReadOnlyList<(string? Site, string? Country)> targets =
            sites.Count >= list.Count ? sites.TakeLast(list.Count).Select(s => ((string?)s, SiteGazetteer.CountryOf(s))).ToList()
            : countries.Count >= list.Count ? countries.TakeLast(list.Count).Select(c => ((string?)null, (string?)c)).ToList()
            : [];
        // "The authorities recorded 1,937 and 1,855 new arrivals in May and June respectively": as many months after the list
        // as it has numbers pair with them, in the year the sentence's figure is in.
        if (targets.Count != list.Count && Months(text[list[^1].End..respectively.Index], template) is { } months && months.Count == list.Count)
        {
            figures.RemoveAll(f => list.Any(n => n.Start == f.Start));
            for (var i = 0; i < list.Count; i++)
            {
                yield return Item(template, list[i], null, template.Country) with
                {
                    Measure = Measures.Month, Period = months[i], Rule = template.Rule + "/respectively", Scope = ScopeHint.None,
                };
            }

            yield break;
        }

        if (targets.Count != list.Count)
        {
            // A list the engine cannot pair gives nothing rather than every value to one place.
            figures.RemoveAll(f => list.Any(n => n.Start == f.Start));
            yield break;
        }

        figures.RemoveAll(f => list.Any(n => n.Start == f.Start));

        // "some 804 and 308 people respectively live in facilities built to hold no more than 390 and 166": a second list
        // as long, after the word, pairs with the same places; when both lists read as the same count, the first took the
        // second's words, and only the second is sure.
        var second = SecondList(text, places.Keys, respectively, list.Count);
        var secondTemplate = second is null ? null : figures.Where(f => second.Any(n => n.Start == f.Start)).MinBy(f => f.Start);
        if (second is not null && secondTemplate is not null)
        {
            figures.RemoveAll(f => second.Any(n => n.Start == f.Start));
            foreach (var item in Paired(secondTemplate, second, targets))
            {
                yield return item;
            }

            if (secondTemplate.Indicator == template.Indicator)
            {
                yield break;
            }
        }

        foreach (var item in Paired(template, list, targets))
        {
            yield return item;
        }
    }

    /// <summary>The months named in the words, in order, in the year of a flow's period; null for a stock or a period without a year.</summary>
    private static List<string>? Months(string words, FigureCandidate template)
    {
        if (template.Measure == Measures.Stock || template.Period.Length < 4
            || !int.TryParse(template.Period.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        var months = new List<string>();
        foreach (Match word in WordsOf().Matches(words))
        {
            if (MonthNames.TryParse(word.Value, out var month))
            {
                months.Add(new YearMonth(year, month).ToString());
            }
        }

        return months;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordsOf();

    private static IEnumerable<FigureCandidate> Paired(FigureCandidate template, List<NumberMention> list, IReadOnlyList<(string? Site, string? Country)> targets)
    {
        for (var i = 0; i < list.Count; i++)
        {
            var (site, country) = targets[i];
            if (country == CountryMentions.Elsewhere)
            {
                continue;
            }

            yield return Item(template, list[i], SiteAttribution.SiteIndicators.Contains(template.Indicator) ? site : null, country) with
            {
                Rule = template.Rule + "/respectively", Scope = ScopeHint.None,
            };
        }
    }

    /// <summary>The list of as many numbers that follows the word "respectively", joined as a list is, if there is one.</summary>
    private static List<NumberMention>? SecondList(string text, IEnumerable<NumberMention> numbers, Match respectively, int count)
    {
        var after = numbers.Where(n => n.Start >= respectively.Index + respectively.Length).OrderBy(n => n.Start).ToList();
        if (after.Count < count)
        {
            return null;
        }

        var list = after.Take(count).ToList();
        for (var i = 1; i < list.Count; i++)
        {
            if (!ListJoint(text[list[i - 1].End..list[i].Start]))
            {
                return null;
            }
        }

        // A list of its own closes with its own "respectively", or ends the numbers of the sentence.
        return after.Count == count || !ListJoint(text[list[^1].End..after[count].Start]) ? list : null;
    }

    private static Regex Joint => LanguagePacks.AnyWord("conjunction", @"^\s*(?:,|–|-|/|(?<![\p{L}])(?:", @")(?![\p{L}]))?\s*(?:(?-i:\p{Ll}{2,12})\s+)?$")!;

    /// <summary>
    /// What may stand between two numbers of one list: a comma, a dash, a conjunction ("and", "vs."), and a word that
    /// qualifies the next number ("90, 57 and some 150").
    /// </summary>
    private static bool ListJoint(string between) => between.Length <= 20 && Joint.IsMatch(between);
}
