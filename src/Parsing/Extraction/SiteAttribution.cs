using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Language.Numbers;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// Makes a figure of persons accommodated, places or UASC present a site figure when its own words name one
/// known centre: the centre after it ("914 migranata boravilo je u TPC Lipa", "287 in Vinojug"), else the
/// one before it ("The Asylum Centre in Spuž accommodated 54"), else the only centre the sentence names
/// before the number ("TRC Lipa, with 1,500 beds, currently hosts 412 people"). Two centres named together
/// ("in the transit centres Vinojug and Tabanovce") make a figure of neither; three or more make a sum that is not the
/// country's either.
/// </summary>
internal static partial class SiteAttribution
{
    internal static readonly IReadOnlySet<string> SiteIndicators = new HashSet<string>([Indicators.Accommodated, Indicators.Capacity, Indicators.UascPresent]);

    public static FigureCandidate Attach(
        FigureCandidate figure, IReadOnlyList<NumberMention> numbers, string? documentSite = null, IReadOnlyList<string>? recentTexts = null,
        LanguagePack? language = null, string? section = null)
    {
        // "GREECE: … the new navy-run camp, which has room for 6,500" in a digest that named Tabanovce under MACEDONIA: a centre
        // named elsewhere in the text is not what "the camp" means under another country's heading.
        documentSite = InSection(documentSite, section);
        string? LastNamed() => InSection(LastNamedSite(figure.Sentence.Previous, recentTexts), section);
        var text = figure.Sentence.Text;

        // "… 523 in Krnjača, and in each of the other centres fewer than 350": a bound on every centre, no centre's figure.
        if (numbers.Where(n => n.End <= figure.Start).Select(n => n.End).DefaultIfEmpty(0).Max() is var from && from <= figure.Start
            && Scope.EachPlace.IsMatch(text.AsSpan(from, figure.Start - from)))
        {
            return figure with { Site = null, Scope = ScopeHint.Subnational };
        }

        if (figure.Site is not null)
        {
            return figure with { Site = SiteGazetteer.Canonical(figure.Site) ?? figure.Site };
        }

        // "… at PC Lipa, where … When the reporting period ended, 898 migrants were staying there", "Ušivak … has up to 800
        // beds. On the day of the visit, around 730 people were accommodated there": persons staying at the one centre the
        // sentence before named, in a sentence that names none, are that centre's residents.
        if (figure.Indicator is Indicators.PresentTotal or Indicators.Accommodated && StayingThere.IsMatch(Clause(text, figure.Start)) && SiteGazetteer.Find(text).Count == 0
            && figure.Sentence.Previous is { } previousText && SiteGazetteer.Find(previousText).Select(s => s.Name).Distinct().ToList() is [var stayedAt])
        {
            return figure with { Indicator = Indicators.Accommodated, Site = stayedAt, Rule = figure.Rule + "/staying-there" };
        }

        // "U Prihvatnom centru u Adaševcima, u koji može da se smesti oko 1.000 ljudi, trenutno je samo 70 migranata", "The
        // situation at the Centre … in Presevo is calm, and a little over twenty migrants are staying there": people counted in
        // a sentence that opens at one centre, past an aside on it, are that centre's residents.
        if (figure.Indicator == Indicators.PresentTotal && OpensAtOneCentre(text, figure.Start, figure.Start + figure.Length, language) is { } openedAt)
        {
            return figure with { Indicator = Indicators.Accommodated, Site = openedAt, Rule = figure.Rule + "/opened-at-centre" };
        }

        // "Non-food items were handed out in Borici camp, where up to 1000 people are staying": people counted in a relative
        // clause on a centre named right before it are its residents.
        if (figure.Indicator == Indicators.PresentTotal && WhereAtCentre(text, figure.Start, language) is { } whereAt)
        {
            return figure with { Indicator = Indicators.Accommodated, Site = whereAt, Rule = figure.Rule + "/where-at-centre" };
        }

        // "U Tutinu se trenutno nalaze 34 azilanta": asylum-seekers counted in the town of one centre, in a sentence that names
        // no country, are that centre's residents, as asylum-seekers live in the asylum centres.
        if (figure.Indicator == Indicators.PresentTotal && AsylumSeekersInCentreTown(text, figure.Start, figure.Start + figure.Length) is { } town)
        {
            return figure with { Indicator = Indicators.Accommodated, Site = town, Rule = figure.Rule + "/asylum-seekers-in-centre-town" };
        }

        // "More than 64,000 people have been registered at the Gevgelija reception centre": arrivals counted at one centre are
        // a part of the country's, as those through one crossing point are.
        // "At the refugee centre in Salakovac, 188 foreign nationals expressed the intent to seek asylum": so are intentions and
        // claims counted at one centre named before them.
        if (FlowIndicators.Contains(figure.Indicator) && AtOneCentre(figure, numbers, language))
        {
            return figure with { Scope = ScopeHint.Subnational };
        }

        // "This week the camp holds around 250 refugees" under a report's "Kumanovo": people counted in the camp of a text or a
        // section on one centre are its residents.
        if (figure.Indicator == Indicators.PresentTotal && figure.Country is null && SiteGazetteer.Find(text).Count == 0
            && TheCentre(language).IsMatch(Clause(text, figure.Start)) && CountryMentions.Locations(text).Count == 0
            && (documentSite ?? LastNamed()) is { } inCentre)
        {
            return figure with { Indicator = Indicators.Accommodated, Site = inCentre, Rule = figure.Rule + "/the-centre" };
        }

        // "U Sjenici se trenutno nalazi oko 300 izbeglica", "In Subotica there are around 300 migrants": people counted in the
        // town of a centre, named where their clause opens, are the town's, neither the centre's nor the country's.
        if (figure.Indicator == Indicators.PresentTotal && text[..figure.Start] is var preceding
            && preceding[(preceding.LastIndexOfAny([',', ';', ':']) + 1)..] is var head && PlacedAt(head, language, centreOnly: false) is not null
            && !PlacesBesides(head) && text.IndexOfAny([',', ';', ':'], figure.Start) is var stop
            && CountryMentions.Locations(text[figure.Start..(stop < 0 ? text.Length : stop)]).Count == 0)
        {
            return figure with { Scope = ScopeHint.Subnational };
        }

        if (!SiteIndicators.Contains(figure.Indicator))
        {
            return PresenceIndicators.Contains(figure.Indicator) && figure.Country is null && InPlaces(figure, numbers, language)
                ? figure with { Scope = ScopeHint.Subnational }
                : figure;
        }

        var number = NumberOf(figure, numbers);

        var segment = NumberSegment.Of(text, number, numbers, null);

        var after = SiteGazetteer.Find(segment.Right);
        // "834 … in the reception centres of Presevo (608), Vranje (134) …": a centre with a value of its own in brackets is
        // an item of the figure's breakdown, not where the figure is.
        if (after.Select(s => s.Name).Distinct().Count() == 1 && Introduces(segment.Right[..after[0].Start], language)
            && !OwnValue().IsMatch(text.AsSpan(number.End + after[0].End)))
        {
            // "… 3,825 migrants in the TRCs Borići, Blažuj, Lipa and Ušivak": the first of a list of centres is one of
            // the places the figure sums.
            return OpensList(text, number.End + after[0].End, language)
                ? figure with { Scope = ScopeHint.Subnational }
                : figure with { Site = after[0].Name };
        }

        var before = SiteGazetteer.Find(segment.Left);
        if (before.Select(s => s.Name).Distinct().Count() == 1)
        {
            // "u prihvatnim centrima – Biri, Miralu, Borićima, Sedri, Ušivku i Blažuju – bilo je smješteno 6.377": the last of a
            // list of centres is one of the places the figure sums, not where it is.
            return EndsList(text, segment.LeftStart + before[0].Start, language)
                ? figure with { Scope = ScopeHint.Subnational }
                : figure with { Site = before[0].Name };
        }

        // "U Prihvatnom centru u Adaševcima, u koji može da se smesti oko 1.000 ljudi, …", "the centre in Sjenica, which can
        // take 250": a clause that opens on the centre named right before it speaks of that centre.
        if (RelativeToSite(text, number, language) is { } related)
        {
            return figure with { Site = related };
        }

        // "… in the three reception centres of Preševo, Vranje and Bujanovac": a sum of several centres is neither a centre's
        // figure nor the country's. Two centres named together are all a small system has ("Vinojug and Tabanovce"), but
        // two of a large one's ("residents of Adaševci and Principovac") are a part of it, its children aside.
        // "4,117 … in reception centres: Bira 1,720, Miral 680, …, and 370 in Salakovac and Delijaš together": centres
        // with values of their own, or past another number, are that number's, not where this one is.
        var ownAfter = after.Where(s => !numbers.Any(n => n.Start >= number.End && n.Start < number.End + s.End + ItemValueReach)).ToList();
        var ownBefore = before.Where(s => !numbers.Any(n => n.End <= number.Start && n.Start > segment.LeftStart + s.Start - ItemValueReach)).ToList();
        if (Several(ownAfter, figure.Indicator) || Several(ownBefore, figure.Indicator))
        {
            return figure with { Scope = ScopeHint.Subnational };
        }

        var all = SiteGazetteer.Find(text);

        // "The Ušivak centre alone hosts 700 people, out of 3,100 accommodated in the country": a number whose own words place
        // it in the whole country is the country's, whatever centre the sentence names.
        if (before.Count == 0 && after.Count == 0 && CountryWide(language).IsMatch(segment.Left + " " + segment.Right))
        {
            return figure;
        }

        if (before.Count == 0 && after.Count == 0 && all.Select(s => s.Name).Distinct().Count() == 1 && all[0].End <= figure.Start
            && !ClosedOrLeft.IsMatch(text[..all[0].Start]))
        {
            // "about 140 in the Subotica camp, 110 in the camp at the Kelebija transit zone": an item whose own words name
            // another place, one the gazetteer does not know, is that place's count, neither the centre's nor the country's.
            return NamesOtherPlace(segment.Right) ? figure with { Scope = ScopeHint.Subnational } : figure with { Site = all[0].Name };
        }

        // "… the small asylum centre in Delijaš. It has about 150 places": a sentence that opens by pointing back to a place
        // speaks of the one centre the last sentence that named any named ("Blažuj is not ready yet … The shelter can take
        // up to 1,200").
        if (all.Count == 0 && PlaceAnaphor(language).IsMatch(text) && LastNamed() is { } named)
        {
            return figure with { Site = named };
        }

        // "… the manager of the centre said that 34 migrants are staying in the centre": in a text about one centre, "the
        // centre" in the number's clause is that one, wherever the text named it; in a text about several, the one named last.
        if (all.Count == 0 && TheCentre(language).IsMatch(Clause(text, figure.Start)) && (documentSite ?? LastNamed()) is { } centre)
        {
            return figure with { Site = centre };
        }

        // "A new reception centre able to serve up to 1,500 … opened today" in a text that names Lipa alone is Lipa's; "the
        // camp … can take 60" in a text that names no centre is one facility's places, and not the country's either. The
        // country's only centre ("one single asylum centre, with room for 150") holds all the country's places.
        if (all.Count == 0 && figure.Indicator == Indicators.Capacity && Clause(text, figure.Start) is var clause
            && (ACentre(language).IsMatch(clause) || TheCentre(language).IsMatch(clause)) && !SoleCentre(language).IsMatch(clause))
        {
            return documentSite is { } only ? figure with { Site = only } : figure with { Scope = ScopeHint.Subnational };
        }

        // "When the week began the camp held 141 refugees" in a report on two camps: one camp's residents, and the text does not
        // say which. "The Asylum Centre hosted 71" names an institution, and "the temporary reception centres and the asylum
        // centre" all of them: both stay the country's.
        if (!all.Any(s => s.End <= figure.Start) && figure.Indicator == Indicators.Accommodated && Clause(text, figure.Start) is var own
            && TheCentre(language).Match(own) is { Success: true } centreWords && !centreWords.Value[1..].Any(char.IsUpper)
            && !PluralCentres.IsMatch(own))
        {
            return figure with { Scope = ScopeHint.Subnational };
        }

        return figure;
    }

    private static bool AtOneCentre(FigureCandidate figure, IReadOnlyList<NumberMention> numbers, LanguagePack? language)
    {
        var segment = NumberSegment.Of(figure.Sentence.Text, NumberOf(figure, numbers), numbers, null);
        var after = SiteGazetteer.Find(segment.Right);
        if (after.Select(s => s.Name).Distinct().Count() == 1 && Introduces(segment.Right[..after[0].Start], language))
        {
            return true;
        }

        // "According to the director of the centre in Magura, from January until today 187 persons have sought asylum in
        // Kosovo": a country the clause names past the centre is where they were counted.
        var (start, _) = Clauses.Around(figure.Sentence.Text, figure.Start, null);
        var words = figure.Sentence.Text[start..figure.Start];
        return OneCentreNamed(words, language) is not null
            && !CountryMentions.Locations(words).Any(l => !l.IsElsewhere && l.Start >= SiteGazetteer.Find(words).Max(s => s.End));
    }

    /// <summary>Whether another known centre follows the one ending at <paramref name="siteEnd"/>, joined by a comma or "and".</summary>
    private static bool OpensList(string text, int siteEnd, LanguagePack? language)
    {
        var rest = text[siteEnd..];
        return SiteGazetteer.Find(rest) is [var next, ..] && Joins(rest[..next.Start], language);
    }

    /// <summary>Whether the centre named at a position is the last of a list of two or more others before it.</summary>
    private static bool EndsList(string text, int start, LanguagePack? language)
    {
        var listed = 0;
        var at = start;
        foreach (var earlier in SiteGazetteer.Find(text[..start]).OrderByDescending(s => s.Start))
        {
            if (!Joins(text[earlier.End..at], language))
            {
                break;
            }

            listed++;
            at = earlier.Start;
        }

        return listed >= MinListedBefore;
    }

    private const int MinListedBefore = 2;

    /// <summary>Whether the words between two centres join them in a list: a comma or "and", with a few words of their own.</summary>
    private static bool Joins(string between, LanguagePack? language) =>
        ListJoint.IsMatch(between)
        || ((language ?? LanguagePacks.English).WordRegex("and", @"^\s*(?:", @")\s+(?:\p{L}+\s+){0,3}$")?.IsMatch(between) ?? false);

    private static readonly Regex ListJoint = new(@"^\s*,\s*(?:\p{L}+\s+){0,3}$", RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>The one known centre the words name, as a centre ("the centre in Salakovac"), or null.</summary>
    private static string? OneCentreNamed(string words, LanguagePack? language) =>
        SiteGazetteer.Find(words).Select(s => s.Name).Distinct().ToList() is [var site] && (TheCentre(language).IsMatch(words) || ACentre(language).IsMatch(words))
            ? site
            : null;

    /// <summary>Whether the words name a country or a place other than the known centres they name (a camp's village is one).</summary>
    private static bool PlacesBesides(string words)
    {
        var sites = SiteGazetteer.Find(words);
        return CountryMentions.Locations(words).Any(l => !sites.Any(s => s.Start < l.End && l.Start < s.End));
    }

    /// <summary>
    /// The one known centre the words place people in by a form that names nothing but the centre ("In Tabanovce there
    /// are …", not "In Kumanovo"), or null; with <paramref name="centreOnly"/> false, the centre whose town they name.
    /// </summary>
    private static string? PlacedAt(string words, LanguagePack? language, bool centreOnly = true) =>
        SiteGazetteer.Find(words) is [var site] && (centreOnly ? site.CentreOnly : !site.CentreOnly)
        && (language ?? LanguagePacks.English).WordRegex("at-place", @"(?<![\p{L}])(?:", @")\s+$") is { } at && at.IsMatch(words.AsSpan(0, site.Start))
            ? site.Name
            : null;

    private static readonly IReadOnlySet<string> FlowIndicators = new HashSet<string>([Indicators.Arrivals, Indicators.AsylumIntentions, Indicators.AsylumApplications, Indicators.UascArrivals]);

    private static string? OpensAtOneCentre(string text, int numberStart, int numberEnd, LanguagePack? language)
    {
        // "In Tabanovce there are around 650 refugees, and in Vinojug 120": a clause of its own may open at another camp.
        var head = text[..numberStart];
        if (OneCentreNamed(head, language) is null && PlacedAt(head, language) is null)
        {
            head = head[(head.LastIndexOfAny([',', ';']) + 1)..];
        }

        return (OneCentreNamed(head, language) ?? PlacedAt(head, language)) is { } site
            && !PlacesBesides(head) && text.IndexOfAny([',', ';', ':'], numberEnd) is var stop
            && text[numberStart..(stop < 0 ? text.Length : stop)] is var own && SiteGazetteer.Find(own).Count == 0 && CountryMentions.Locations(own).Count == 0
            ? site
            : null;
    }

    private static string? AsylumSeekersInCentreTown(string text, int numberStart, int numberEnd)
    {
        var head = text[..numberStart];
        var stop = text.IndexOfAny([',', ';', ':', '.'], numberEnd);
        var own = text[numberEnd..(stop < 0 ? text.Length : stop)];
        return SiteGazetteer.Find(head).Select(s => s.Name).Distinct().ToList() is [var site]
            && SiteGazetteer.Find(own).Count == 0 && CountryMentions.Locations(text).Count == 0
            && AsylumSeekerWords.Any(p => p.Match(own) is { Success: true, Index: <= AsylumSeekersReach })
            ? site
            : null;
    }

    private static readonly IReadOnlyList<Regex> AsylumSeekerWords = [.. LanguagePacks.Concept("asylum-seekers").Select(c => c.Pattern)];

    /// <summary>How far after the number the words for asylum-seekers may start ("34 azilanta", "34 tražioca azila").</summary>
    private const int AsylumSeekersReach = 3;

    private static string? RelativeToSite(string text, NumberMention number, LanguagePack? language)
    {
        var named = SiteGazetteer.Find(text[..number.Start]).LastOrDefault();
        var pack = language ?? LanguagePacks.English;
        return named is not null
            && pack.WordRegex("relative", @"^\s*,\s*(?:\p{L}+\s+)?(?:", @")(?![\p{L}])[^,;:]*$") is { } relative
            && relative.IsMatch(text.AsSpan(named.End, number.Start - named.End))
            ? named.Name
            : null;
    }

    /// <summary>The centre a relative clause that holds the number opens on ("in Borici camp, where …"), or null.</summary>
    private static string? WhereAtCentre(string text, int numberStart, LanguagePack? language)
    {
        var named = SiteGazetteer.Find(text[..numberStart]).LastOrDefault();
        if (named is null || (language ?? LanguagePacks.English).WordRegex("site-relative", "^(?:", @")(?![\p{L}])[^,;:]*$") is not { } relative
            || relative.Match(text, named.End, numberStart - named.End) is not { Success: true } match)
        {
            return null;
        }

        // A town that shares a centre's name ("in Šid, where …") is the town: the centre must be named as one.
        return match.Groups["centre"].Success || OneCentreNamed(text[..named.End], language) is not null || CentreWordsRightBefore(text, named.Start)
            ? named.Name
            : null;
    }

    /// <summary>"prihvatni centri u Adaševcima, gde …": the place is named as a centre's, by the words for centres right before it.</summary>
    private static bool CentreWordsRightBefore(string text, int siteStart)
    {
        var from = Math.Max(0, siteStart - CentreWordsReach);
        return PluralCentres.Matches(text[from..siteStart]).Any(m => siteStart - (from + m.Index + m.Length) <= PrepositionReach);
    }

    private const int CentreWordsReach = 40;
    private const int PrepositionReach = 4;

    private const int SmallSystem = 3;

    /// <summary>How far past a centre's name its own value may stand ("Bira 1,720", "Presevo (608)").</summary>
    private const int ItemValueReach = 4;

    // Unaccompanied children are housed in the dedicated areas of a few centres: the children of two are the country's.
    private static bool Several(IReadOnlyList<SiteMention> sites, string indicator) =>
        sites.Select(s => s.Name).Distinct().Count() is var count
        && (count > 2 || (count == 2 && indicator != Indicators.UascPresent && SiteGazetteer.CountIn(sites[0].Country) > SmallSystem));

    /// <summary>The centre, unless the heading over the sentence names a country it is not in.</summary>
    private static string? InSection(string? site, string? section) =>
        site is null || section is null || section == Countries.Region || section == SiteGazetteer.CountryOf(site) ? site : null;

    /// <summary>
    /// The one centre the nearest sentence before that names any names: null when it names several, or when none of the
    /// last few sentences names one.
    /// </summary>
    private static string? LastNamedSite(string? previous, IReadOnlyList<string>? recentTexts)
    {
        IEnumerable<string> back = recentTexts is { Count: > 0 } texts ? texts.Reverse() : previous is null ? [] : [previous];
        foreach (var earlier in back)
        {
            var names = SiteGazetteer.Find(earlier).Select(s => s.Name).Distinct().ToList();
            if (names.Count > 0)
            {
                return names is [var only] ? only : null;
            }
        }

        return null;
    }

    /// <summary>"at the Kelebija transit zone", "near Horgos": a place word and a name with a capital, within a few words.</summary>
    private static readonly Regex OtherPlaceWords = new(
        @"(?<![\p{L}])(?:" + LanguagePacks.Words("location") + @"|" + LanguagePacks.Words("source") + @")\s+(?:the\s+)?(?<name>\p{Lu}\p{Ll}+)",
        RegexOptions.CultureInvariant);

    /// <summary>Whether the words name a place by a capitalised name that is not a month ("at the end of October" names none).</summary>
    private static bool NamesOtherPlace(string words) =>
        OtherPlaceWords.Matches(words).Any(m => !Language.Periods.MonthNames.TryParse(m.Groups["name"].Value, out _)
            && !LanguagePacks.All.Any(p => p.Months.ContainsKey(m.Groups["name"].Value.ToLowerInvariant())));

    /// <summary>
    /// Persons present or outside the centres in a place the number's own words name ("between 700 and 800 people in
    /// Preševo, staying in several places", "some 150 slept rough near the borders"), or around three or more centres the sentence names before it ("around the
    /// camps near Subotica, Sombor and Kikinda there are about 1500"): a town's count, not the country's.
    /// </summary>
    private static bool InPlaces(FigureCandidate figure, IReadOnlyList<NumberMention> numbers, LanguagePack? language)
    {
        var text = figure.Sentence.Text;
        var segment = NumberSegment.Of(text, NumberOf(figure, numbers), numbers, null);
        var after = SiteGazetteer.Find(segment.Right);
        if (after.Count > 0 && Introduces(segment.Right[..after[0].Start], language))
        {
            return true;
        }

        // "around 600 people live on the streets … in Sarajevo": a town the gazetteer does not know, named as where they are,
        // unless the words say most of the country's are there ("200 … outside the camps, mostly in Belgrade").
        if (NamesOtherPlace(segment.Right) && CountryMentions.All(segment.Right).Count == 0 && !Mostly.IsMatch(segment.Right))
        {
            return true;
        }

        // "… sleeping rough in Belgrade City centre, while some 150 slept rough near the borders": one of the places the
        // sentence shares its people out between. Alone, "near the northern border" is where nearly all of them are.
        if ((BorderArea.IsMatch(segment.Right) || BorderArea.IsMatch(segment.Left)) && SubnationalPatterns.Any(p => p.IsMatch(text)))
        {
            return true;
        }

        var all = SiteGazetteer.Find(text);
        return all.Select(s => s.Name).Distinct().Count() > 2 && all.All(s => s.End <= figure.Start)
            && CountryMentions.Locations(text).All(m => m.IsElsewhere);
    }

    private static Regex StayingThere => LanguagePacks.AnyWord("staying-there", @"(?<![\p{L}])(?:", @")(?![\p{L}])")!;

    private static Regex Mostly => LanguagePacks.AnyWord("mostly", @"(?<![\p{L}])(?:", @")(?![\p{L}])")!;

    private static Regex BorderArea => LanguagePacks.AnyWord("border-area", @"(?<![\p{L}])(?:", @")(?![\p{L}])")!;

    /// <summary>
    /// Whether the words before a centre lead to it; a pair of nouns for the persons ("refugees and migrants were staying
    /// in the Presevo Reception Centre") is no conjunction that opens another clause.
    /// </summary>
    private static bool Introduces(string words, LanguagePack? language)
    {
        // "66 … in the two asylum facilities, 61 of them in the Asylum Centre in Magura": the part a number's own "of them"
        // places in a centre is that centre's.
        if ((language ?? LanguagePacks.English).WordRegex("anaphora", @"^\s*(?:", @")(?![\p{L}])") is { } ownPart && ownPart.Match(words) is { Success: true } part)
        {
            words = words[part.Length..];
        }

        var spans = PersonsPatterns.SelectMany(p => p.Matches(words)).Select(m => (Start: m.Index, End: m.Index + m.Length)).OrderBy(s => s.Start).ToList();
        if (spans.Count == 0)
        {
            return Introduced(language).IsMatch(words);
        }

        // The longest reading wins: "refugees and migrants" is one noun, not "refugees", "and", "migrants".
        var text = new System.Text.StringBuilder();
        var at = 0;
        foreach (var (start, end) in spans)
        {
            if (start < at)
            {
                at = Math.Max(at, end);
                continue;
            }

            text.Append(words, at, start - at).Append("persons");
            at = end;
        }

        return Introduced(language).IsMatch(text.Append(words, at, words.Length - at).ToString());
    }

    private static readonly IReadOnlyList<Regex> SubnationalPatterns = [.. LanguagePacks.Concept("subnational").Select(c => c.Pattern)];

    private static readonly IReadOnlyList<Regex> PersonsPatterns = [.. LanguagePacks.Concept("persons").Select(c => c.Pattern)];

    [GeneratedRegex(@"^\s*\(\s*\d")]
    private static partial Regex OwnValue();

    private static NumberMention NumberOf(FigureCandidate figure, IReadOnlyList<NumberMention> numbers) =>
        numbers.FirstOrDefault(n => n.Start == figure.Start) ?? new NumberMention { Start = figure.Start, Length = figure.Length, Value = figure.Value };

    private static readonly IReadOnlySet<string> PresenceIndicators = new HashSet<string>([Indicators.PresentTotal, Indicators.OutsideAccommodation]);

    // The document's own language: "On 10 September …" opens an English sentence, not a Serbian "on" (he) that points back.
    private static Regex TheCentre(LanguagePack? language) =>
        (language ?? LanguagePacks.English).WordRegex("the-centre", @"(?<![\p{L}])(?:", @")") ?? Never;

    private static Regex PluralCentres => LanguagePacks.AnyWord("centres", @"(?<![\p{L}])(?:", @")(?![\p{L}])")!;

    private static Regex ACentre(LanguagePack? language) =>
        (language ?? LanguagePacks.English).WordRegex("a-centre", @"(?<![\p{L}])(?:", @")") ?? Never;

    private static Regex SoleCentre(LanguagePack? language) =>
        (language ?? LanguagePacks.English).WordRegex("sole-centre", @"(?<![\p{L}])(?:", @")") ?? Never;

    private static string Clause(string text, int position)
    {
        var (start, end) = Clauses.Around(text, position, null);
        return text[start..end];
    }

    private static Regex PlaceAnaphor(LanguagePack? language) =>
        (language ?? LanguagePacks.English).WordRegex("place-anaphor", @"^\s*(?:", @")(?![\p{L}])") ?? Never;

    private static readonly Regex Never = new("(?!)", RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>
    /// A centre the sentence names as closed or left ("Following the closure of TRC Miral, the four TRCs have a
    /// total capacity of 5,230 places"): the figures after it are not that centre's.
    /// </summary>
    private static Regex ClosedOrLeft => LanguagePacks.AnyWord("closed", @"(?<![\p{L}])(?:", @")\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$")!;

    /// <summary>
    /// The words between a number and the centre after it lead to a place ("were accommodated in the reception centre
    /// in"), with no conjunction and no time between them ("… on 31 December after the works in Borići" does not).
    /// </summary>
    // The words that end a number's own words before a place are the document's language's and English's: Croatian's
    // "te" (and) is Albanian's "të", which stands in "130 migrantë të vendosur në …" before the place.
    private static readonly ConcurrentDictionary<string, Regex> IntroducedIn = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, Regex> CountryWideIn = new(StringComparer.Ordinal);

    /// <summary>The words that place a count in the whole country, in the text's language and in English.</summary>
    private static Regex CountryWide(LanguagePack? language) =>
        CountryWideIn.GetOrAdd(language?.Code ?? LanguagePacks.English.Code, _ =>
        {
            var words = string.Join('|', new[] { LanguagePacks.English, language ?? LanguagePacks.English }.Distinct()
                .Select(p => p.Word("country-wide")).Where(w => w.Length > 0));
            return LanguagePack.Compile(@"(?<![\p{L}])(?:" + words + @")(?![\p{L}])");
        });

    private static Regex Introduced(LanguagePack? language) =>
        IntroducedIn.GetOrAdd(language?.Code ?? LanguagePacks.English.Code, _ =>
        {
            var ends = string.Join('|', new[] { LanguagePacks.English, language ?? LanguagePacks.English }.Distinct()
                .SelectMany(p => new[] { p.Word("conjunction"), p.Word("anaphora"), p.Word("closed") }).Where(w => w.Length > 0));
            return LanguagePack.Compile(@"^(?:(?!(?<![\p{L}])(?:" + ends + @")(?![\p{L}]))[^,;])*(?<![\p{L}])(?:" + LanguagePacks.Words("location") + @")\s+(?:[\p{L}-]+\s+){0,6}$");
        });
}
