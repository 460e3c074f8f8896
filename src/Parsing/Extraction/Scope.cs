using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Extraction.Labels;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>What the words around a figure say of whose it is, before its country is told.</summary>
internal enum ScopeHint
{
    /// <summary>Nothing: the country named in the sentence, its section or the document decides.</summary>
    None,

    /// <summary>The Western Balkans as a whole ("along the Western Balkan route", "in the region").</summary>
    Region,

    /// <summary>Europe, the EU, a country outside the six, or several of the six added together: not written down.</summary>
    Elsewhere,

    /// <summary>A canton, a municipality, an entity: not a country's figure, and not a centre's.</summary>
    Subnational,

    /// <summary>"its authorities", "the country's": the country the text named last, when there is one.</summary>
    Anaphor,
}

/// <summary>
/// Tells whose a figure is, nearest first: a country, the region or a place elsewhere named in the number's own
/// words, else the nearest in its clause (before it, then after it), else what the sentence names; the
/// section's heading, the sentence before in the same paragraph and the document's country come after that.
/// </summary>
internal static class Scope
{
    private static readonly string[] ScopeConcepts = ["region", "elsewhere", "subnational"];

    /// <summary>The scope the words nearest the number give it, and the country they name, if any.</summary>
    public static (ScopeHint Hint, string? Country) Near(NumberPlace place, IReadOnlyList<ConceptTag> tags, IReadOnlyList<CountryMention> locations, string? text = null)
    {
        tags = NotDestinations(tags, text);
        var own = locations.Where(m => m.Start >= place.OwnStart && m.End <= place.OwnEnd).ToList();
        var ownSix = own.Where(m => !m.IsElsewhere).Select(m => m.Country).Distinct().ToList();
        if (ownSix.Count > 1)
        {
            return (ScopeHint.Elsewhere, null);
        }

        var ownTag = tags.Where(t => t.Start >= place.OwnStart && t.End <= place.OwnEnd && ScopeConcepts.Contains(t.Concept) && !Yields(t, place, tags, locations))
            .OrderBy(t => Math.Abs(t.Start - place.Start)).Select(t => (ScopeHint?)HintOf(t.Concept)).FirstOrDefault();
        if (own.Count > 0)
        {
            var nearest = own.MinBy(m => Math.Abs(m.Start - place.Start))!;
            return nearest.IsElsewhere || nearest.InList ? (ScopeHint.Elsewhere, null) : (ownTag == ScopeHint.Subnational ? ScopeHint.Subnational : ScopeHint.None, nearest.Country);
        }

        if (ownTag is { } hint)
        {
            return (hint, null);
        }

        // "In Velika Kladuša alone, outreach teams counted around 600", "Vetëm në zonën e Kakavijës …": a place the sentence
        // singles out before the number is a part of the country, unless it is one of the six ("Serbia alone").
        if (text is not null && EachPlace.IsMatch(text.AsSpan(place.AfterPrevious, place.Start - place.AfterPrevious)))
        {
            return (ScopeHint.Subnational, null);
        }

        // "Na području Unsko-sanske županije, gdje su smješteni centri Bira i Miral, boravi oko 4.000 migranata": a canton or
        // a town that opens the number's clause frames all of it, unless one of the six is named after it.
        if (text is not null && OpensWithPart(text, place, tags, locations))
        {
            return (ScopeHint.Subnational, null);
        }

        // "Nëpërmjet pikës kufitare të Qafë Botës hynë 1240 …, ndërsa në gjashtë muajt e parë 396": the place singled out goes
        // on for the clauses after it, until one of the six is named; in its own clause, a number after the first may be the
        // whole ("The Ušivak centre alone hosts 700 people, out of 3,100 …").
        if (text is not null && tags.Any(t => t.Concept == "part-place" && t.End <= place.Start
            && (t.Start >= place.AfterPrevious || (t.End <= place.ClauseStart && !CountryMentions.NotOrigins(text).Any(m => m.Start >= t.End && !m.IsElsewhere)))
            && !CountryMentions.NotOrigins(text).Any(m => m.Start <= t.End + 1 && m.End >= t.Start - 1)))
        {
            return (ScopeHint.Subnational, null);
        }

        // "roughly one million people transited the country during 2015": the country the number's own words point back to.
        if (tags.Any(t => t.Concept == "anaphor" && t.Start >= place.OwnStart && t.End <= place.OwnEnd))
        {
            return (ScopeHint.Anaphor, null);
        }

        // "It is worse still in Velika Kladuša, the second town near the border, where about 1000 people are staying": a
        // relative clause stands in the place named before it, a town as much as a country.
        if (text is not null && RelativeWhere.IsMatch(text.AsSpan(place.OwnStart, place.Start - place.OwnStart)))
        {
            var placeBefore = locations.Where(m => m.End <= place.OwnStart)
                .Select(m => (m.End, Hint: m.IsElsewhere || m.InList ? ScopeHint.Elsewhere : ScopeHint.None, Country: m.IsElsewhere || m.InList ? null : m.Country))
                .Concat(tags.Where(t => t.End <= place.OwnStart && ScopeConcepts.Contains(t.Concept)).Select(t => (t.End, Hint: HintOf(t.Concept), Country: (string?)null)))
                .OrderByDescending(m => m.End).FirstOrDefault();
            if (placeBefore.Hint != ScopeHint.None || placeBefore.Country is not null)
            {
                return (placeBefore.Hint, placeBefore.Country);
            }
        }

        // In the clause: the nearest before the number, else the nearest after it. A canton or a town after the number counts
        // only in its own words: "1,620 … staying outside the TRCs, most of them in Una-Sana Canton" is the country's; one
        // before it narrows the country named before ("In Bosnia and Herzegovina, in Una-Sana Canton, some 4,000 …"), unless
        // it is in brackets of its own ("(1,720 in Una-Sana Canton), and another 1,900-2,700 …") or the clause has a number
        // before ("…, 25 in the institutions in Belgrade and Niš, and 850 sleeping rough …"), whose place it may be. A list
        // of places ("arrived in Bosnia and Herzegovina, Montenegro and Albania") adds their figures up: no one country's.
        var inClause = locations.Where(m => m.Start >= place.ClauseStart && m.End <= place.ClauseEnd)
            .Select(m => (Start: m.Start, Hint: m.IsElsewhere || m.InList ? ScopeHint.Elsewhere : ScopeHint.None, Country: m.IsElsewhere || m.InList ? null : m.Country))
            .Concat(tags.Where(t => t.Start >= place.ClauseStart && t.End <= place.ClauseEnd && ScopeConcepts.Contains(t.Concept) && (t.Concept != "subnational" || (t.End <= place.Start && place.AfterPrevious <= place.ClauseStart && text?.IndexOf(')', t.End, place.Start - t.End) is null or < 0)))
                .Select(t => (Start: t.Start, Hint: HintOf(t.Concept), Country: (string?)null)))
            .ToList();
        var anaphor = tags.Where(t => t.Concept == "anaphor" && t.Start >= place.ClauseStart && t.End <= place.Start)
            .Select(t => (Start: t.Start, Hint: ScopeHint.Anaphor, Country: (string?)null));
        var asides = text is null ? [] : Asides(text, place.ClauseStart, place.Start);
        var before = inClause.Where(m => m.Start < place.Start && !asides.Any(a => a.Start <= m.Start && m.Start < a.End))
            .Concat(anaphor).OrderByDescending(m => m.Start).FirstOrDefault();
        if (before.Hint != ScopeHint.None || before.Country is not null)
        {
            return (before.Hint, before.Country);
        }

        var after = inClause.Where(m => m.Start > place.End).OrderBy(m => m.Start).FirstOrDefault();
        return (after.Hint, after.Country);
    }

    /// <summary>
    /// What a sentence that names none of the six says of whose its figures are: the region ("In 2020, an estimated
    /// 52,500 people attempted to pass through the region, but only some 4,600 of them submitted an asylum claim"),
    /// somewhere else, or nothing. It decides only in a document that is not about one country.
    /// </summary>
    public static ScopeHint OfSentence(IReadOnlyList<ConceptTag> tags, IReadOnlyList<CountryMention> locations)
    {
        if (locations.Any(m => !m.IsElsewhere))
        {
            return ScopeHint.None;
        }

        return tags.Any(t => t.Concept == "region") ? ScopeHint.Region
            : locations.Count > 0 || tags.Any(t => t.Concept == "elsewhere") ? ScopeHint.Elsewhere
            : ScopeHint.None;
    }

    /// <summary>
    /// A weak place elsewhere in the number's own words (the EU's external borders, which every route's crossings are
    /// counted at) yields to the region or a country of the six that its clause names before the number.
    /// </summary>
    private static bool Yields(ConceptTag tag, NumberPlace place, IReadOnlyList<ConceptTag> tags, IReadOnlyList<CountryMention> locations) =>
        tag.Concept == "elsewhere" && tag.Weight < 1
        && (tags.Any(t => t.Concept == "region" && t.Weight >= 1 && t.Start >= place.ClauseStart && t.End <= place.Start)
            || locations.Any(m => !m.IsElsewhere && !m.InList && m.Start >= place.ClauseStart && m.End <= place.Start));

    /// <summary>
    /// "On the Western Balkan route towards the EU, 40,675 crossings": where people are heading is not where the figure
    /// was counted, as with a country after the same words (<see cref="CountryMentions"/>).
    /// </summary>
    private static IReadOnlyList<ConceptTag> NotDestinations(IReadOnlyList<ConceptTag> tags, string? text) =>
        text is null || !tags.Any(t => t.Concept == "elsewhere" && DestinationBefore.IsMatch(text.AsSpan(0, t.Start)))
            ? tags
            : tags.Where(t => t.Concept != "elsewhere" || !DestinationBefore.IsMatch(text.AsSpan(0, t.Start))).ToList();

    /// <summary>The words before a place people head for, with up to two words between ("drejt vendeve të BE-së").</summary>
    private static Regex DestinationBefore => LanguagePacks.AnyWord("destination", @"(?<![\p{L}])(?:", @")\s+(?:\p{L}+\s+){0,2}$")!;

    /// <summary>
    /// "In Greece, which remains the main country of first entry for those reaching the region, 4,122 …": a relative clause set
    /// off by commas before the number says something of the place before it; its places are not where the number is.
    /// </summary>
    private static List<(int Start, int End)> Asides(string text, int from, int to)
    {
        var asides = new List<(int Start, int End)>();
        if (AsideOpening is not { } opening || to <= from)
        {
            return asides;
        }

        foreach (Match open in opening.Matches(text[from..to]))
        {
            var start = from + open.Index;
            var close = text.IndexOf(',', start + open.Length);
            if (close >= 0 && close < to)
            {
                asides.Add((start, close));
            }
        }

        return asides;
    }

    private static Regex? AsideOpening => LanguagePacks.AnyWord("relative", @",\s*(?:", @")(?![\p{L}])");

    private static Regex RelativeWhere => LanguagePacks.AnyWord("relative-where", @"^[\s,–—-]*(?:", @")(?![\p{L}])")!;

    private static ScopeHint HintOf(string concept) => concept switch
    {
        "region" => ScopeHint.Region,
        "elsewhere" => ScopeHint.Elsewhere,
        _ => ScopeHint.Subnational,
    };

    /// <summary>
    /// The country of a figure whose own words and clause named none: the only country the sentence names, else
    /// the nearest before it; a country outside the six is <see cref="CountryMentions.Elsewhere"/>.
    /// </summary>
    public static string? InSentence(IReadOnlyList<CountryMention> named, int position)
    {
        if (named.Count == 0)
        {
            return null;
        }

        if (named.Select(m => m.Country).Distinct().Count() == 1)
        {
            return named[0].Country;
        }

        return (named.LastOrDefault(m => m.End <= position) ?? named.First(m => m.Start >= position)).Country;
    }

    /// <summary>
    /// The country a figure belongs to, or null when it is not one of the six's or the region's, and how surely: a
    /// country named with the figure is sure; a section heading, the sentence before, a document's country that
    /// had to be told from its text, less so.
    /// </summary>
    /// <param name="documentGiven">Whether <paramref name="document"/> was given by the caller rather than told from the text.</param>
    public static (string? Country, double Certainty) Resolve(
        FigureCandidate figure, IReadOnlyList<CountryMention> named, string? section, string? carried, string? document, bool documentGiven,
        IReadOnlyList<CountryMention>? mentioned = null)
    {
        // A centre is in one country: "the reception centre in Preševo can take up to 1,300" is Serbia's, named or not, and
        // "61 … in the camp of Tabanovce near the Macedonia–Serbia border" is not the border's other side. A figure the
        // sentence puts elsewhere in other words ("… Gevgelija and Tabanoc, on the borders with Greece and Serbia, which
        // between them can take 500") stays no centre's.
        if (figure.Site is { } site && SiteGazetteer.CountryOf(site) is { } ofSite && (figure.Country is null || figure.Country == ofSite)
            && (figure.Scope is not ScopeHint.Elsewhere || (mentioned ?? named).Any(m => m.Country == ofSite)))
        {
            return (ofSite, 1);
        }

        if (figure.Scope is ScopeHint.Elsewhere || (figure.Scope is ScopeHint.Subnational && figure.Site is null))
        {
            return (null, 0);
        }

        if (figure.Country is { } own)
        {
            return (own, 1);
        }

        if (figure.Scope is ScopeHint.Region)
        {
            return (Countries.Region, 1);
        }

        // "Bosnia and Herzegovina has passed the 30,000 mark: its authorities have detected 30,268": the country the
        // sentence named before "its" is what it points back to, before any of the text before.
        if (figure.Scope is ScopeHint.Anaphor && named.Where(m => m.End <= figure.Start && !m.IsElsewhere && !m.InList).MaxBy(m => m.Start) is { } antecedent)
        {
            return (antecedent.Country, 0.95);
        }

        // "… Caritas Serbia, which gained experience when close to a million people crossed that country in 2015": with no
        // country named as a place before it, the country named last before it in the sentence, whatever its role.
        if (figure.Scope is ScopeHint.Anaphor && mentioned?.Where(m => m.End <= figure.Start && !m.InList).MaxBy(m => m.Start) is { } lastNamed)
        {
            return lastNamed.IsElsewhere ? (null, 0) : (lastNamed.Country, 0.9);
        }

        if (figure.Scope is ScopeHint.Anaphor && carried is { } last && last != Countries.Region)
        {
            return (last, 0.9);
        }

        var sentence = InSentence(named, figure.Start);
        if (sentence is not null)
        {
            return sentence == CountryMentions.Elsewhere ? (null, 0) : (sentence, 1);
        }

        return (section, carried, document) switch
        {
            ({ } s, _, _) => (s, 0.95),
            (null, { } c, _) => (c, 0.9),
            (null, null, Countries.Region) when !documentGiven => figure.SentenceScope == ScopeHint.Elsewhere ? (null, 0) : (Countries.Region, 0.85),
            (null, null, { } d) => (d, documentGiven ? 1 : 0.9),
            _ => figure.SentenceScope == ScopeHint.Region ? (Countries.Region, 0.85) : (null, 0),
        };
    }

    private const int MaxWordsBeforeFrame = 3;

    /// <summary>A canton or a town that opens the number's clause, with none of the six named between it and the number.</summary>
    private static bool OpensWithPart(string text, NumberPlace place, IReadOnlyList<ConceptTag> tags, IReadOnlyList<CountryMention> locations)
    {
        var frame = tags.FirstOrDefault(t => t.Concept == "subnational" && t.Start >= Math.Max(place.ClauseStart, place.AfterPrevious) && t.End <= place.Start);
        if (frame.Concept is null)
        {
            return false;
        }

        var lead = text.AsSpan(place.ClauseStart, frame.Start - place.ClauseStart);
        return !lead.ContainsAnyInRange('0', '9') && lead.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWordsBeforeFrame
            && !locations.Any(m => m.Start >= frame.End && m.End <= place.Start);
    }

    /// <summary>"in each of the other centres": a bound on every place, no total.</summary>
    internal static Regex EachPlace => LanguagePacks.AnyWord("each-place", @"(?<![\p{L}])(?:", @")(?![\p{L}])")!;
}
