using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Model;

namespace MigrationFeeds.Parsing.Extraction.English;

/// <summary>
/// The phrasing of the other English publications of the region: Serbia's UASC in specialised institutions,
/// persons registered or apprehended by the police, capacities, persons present in a country, key-figure labels.
/// They come after the Operational Update's rules, which they must not take numbers from.
/// </summary>
internal static partial class EnglishRules
{
    private const string Persons = @"(?:refugees|migrants|asylum-seekers|asylum\s+seekers|persons|people|individuals|foreigners|foreign\s+nationals|residents)";
    private const string PersonsList = Persons + @"(?:(?:,\s*|\s+and\s+|/)" + Persons + ")*";

    // Built on access: the rule list of the other part of this class is initialised from them.
    private static IReadOnlyList<IndicatorRule> UascPresentRules =>
    [
        new()
        {
            Name = "uasc-in-institutions",
            Indicator = Indicators.UascPresent,
            Kind = IndicatorKind.Stock,
            After = UascAccommodatedAfter(),
            ClauseMustNotMatch = ArrivalsOrRegistration(),
        },
        new()
        {
            Name = "placed-for-uasc",
            Indicator = Indicators.UascPresent,
            Kind = IndicatorKind.Stock,
            After = PlacedInInstitutionsAfter(),
        },
        new()
        {
            Name = "uasc-among-accommodated",
            Indicator = Indicators.UascPresent,
            Kind = IndicatorKind.Stock,
            After = UascAfter(),
            SentenceMustMatch = AccommodatedContext(),
            ClauseMustNotMatch = ArrivalsOrRegistration(),
        },
    ];

    private static IReadOnlyList<IndicatorRule> MoreRules =>
    [
        new() { Name = "persons-registered", Indicator = Indicators.Arrivals, Kind = IndicatorKind.Flow, After = PersonsRegisteredAfter() },
        new() { Name = "registered-persons", Indicator = Indicators.Arrivals, Kind = IndicatorKind.Flow, Before = RegisteredBefore(), After = PersonsOrArrivalsAfter() },
        new() { Name = "persons-entering", Indicator = Indicators.Arrivals, Kind = IndicatorKind.Flow, After = EnteringAfter() },
        new() { Name = "arrivals-changed-to", Indicator = Indicators.Arrivals, Kind = IndicatorKind.Flow, Before = ArrivalsChangedBefore() },
        new() { Name = "intention-to-apply", Indicator = Indicators.AsylumIntentions, Kind = IndicatorKind.Flow, After = IntentionToApplyAfter() },
        new() { Name = "lodged-application", Indicator = Indicators.AsylumApplications, Kind = IndicatorKind.Flow, After = LodgedApplicationAfter() },
        new() { Name = "applied-for-asylum", Indicator = Indicators.AsylumApplications, Kind = IndicatorKind.Flow, After = AppliedForAsylumAfter() },
        new() { Name = "applications-label", Indicator = Indicators.AsylumApplications, Kind = IndicatorKind.Flow, After = ApplicationsLabelAfter() },
        new() { Name = "stay-outside", Indicator = Indicators.OutsideAccommodation, Kind = IndicatorKind.Stock, After = StayOutsideAfter(), ApproximateWhen = Estimated() },
        new() { Name = "outside-leading", Indicator = Indicators.OutsideAccommodation, Kind = IndicatorKind.Stock, Before = OutsideLeadingBefore(), ApproximateWhen = Estimated() },
        new() { Name = "present-in-centres", Indicator = Indicators.Accommodated, Kind = IndicatorKind.Stock, After = PresentInCentresAfter() },
        new() { Name = "persons-in-centres-label", Indicator = Indicators.Accommodated, Kind = IndicatorKind.Stock, After = PersonsInCentresAfter(), BeforeMustNotMatch = ServiceObjectBefore() },
        new() { Name = "centre-hosted", Indicator = Indicators.Accommodated, Kind = IndicatorKind.Stock, Before = CentreHostedBefore(), After = HostedPersonsAfter() },
        new() { Name = "were-accommodated-bare", Indicator = Indicators.Accommodated, Kind = IndicatorKind.Stock, After = WereAccommodatedAfter() },
        new() { Name = "capacity-of", Indicator = Indicators.Capacity, Kind = IndicatorKind.Stock, Before = CapacityBefore() },
        new() { Name = "with-beds", Indicator = Indicators.Capacity, Kind = IndicatorKind.Stock, Before = WithBefore(), After = BedsAfter() },
        new() { Name = "capacity-label", Indicator = Indicators.Capacity, Kind = IndicatorKind.Stock, After = CapacityLabelAfter() },
        new() { Name = "number-present", Indicator = Indicators.PresentTotal, Kind = IndicatorKind.Stock, Before = NumberPresentBefore(), ApproximateWhen = Estimated() },
        new() { Name = "present-in-country", Indicator = Indicators.PresentTotal, Kind = IndicatorKind.Stock, After = PresentInCountryAfter(), ApproximateWhen = Estimated() },
    ];

    // "86 UASC in specialised institutions", "12 UASC were accommodated in specialised institutions", "146 UASC were accommodated in …",
    // "91 UASC in TRCs"
    [GeneratedRegex(@"^\s*" + Gap3 + @"(?:were\s+|are\s+)?" + Uasc + @"\s*(?:\([^()]*\)\s*)?(?:(?:were|are|was|is)\s+)?(?:accommodated|placed|present|staying|hosted|in\s+(?:the\s+)?(?:speciali[sz]ed|governmental|dedicated|TRCs?\b|(?:temporary\s+)?reception\s+(?:centres|facilities)))", RegexOptions.IgnoreCase)]
    private static partial Regex UascAccommodatedAfter();

    // "18 were placed in specialised institutions for unaccompanied and separated children"
    [GeneratedRegex(@"^\s*(?:were|are|was)\s+(?:placed|accommodated)\s+in\s+(?:the\s+)?speciali[sz]ed\s+institutions", RegexOptions.IgnoreCase)]
    private static partial Regex PlacedInInstitutionsAfter();

    [GeneratedRegex(@"\b(?:accommodated|in\s+(?:the\s+)?(?:governmental\s+)?centres|hosted|present\s+in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AccommodatedContext();

    [GeneratedRegex(@"\b(?:arriv\w*|newly|registered\s+among)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArrivalsOrRegistration();

    // "1,034 refugees and migrants were newly registered", "612 persons were apprehended", "3,402 asylum-seekers and migrants were registered by the Kosovo Police",
    // "2,236 migrants and refugees were registered as new arrivals"
    [GeneratedRegex(@"^\s*(?:(?:new|irregular|newly\s+arrived)\s+)?" + PersonsList + @"\s+(?:were|was|have\s+been|had\s+been)\s+(?:newly\s+)?(?:registered|recorded|detected|apprehended|intercepted)\b(?!\s+(?:as\b(?!\s+(?:new\s+|irregular\s+)?arrivals\b)|in\s+(?:the\s+)?(?:centres?|TRCs?)))", RegexOptions.IgnoreCase)]
    private static partial Regex PersonsRegisteredAfter();

    // "Kosovo Police registered 3,402 irregular migrants", "registered 107,374 newly arrived migrants"
    [GeneratedRegex(@"\b(?:registered|recorded|apprehended|detected|intercepted)\s+(?:a\s+total\s+of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RegisteredBefore();

    [GeneratedRegex(@"^\s*(?:(?:new|irregular|newly\s+arrived)\s+)*(?:" + Persons + @"|arrivals|irregular\s+migrants)\b(?!\s+(?:who\s+)?(?:expressed|lodged|applied|submitted))", RegexOptions.IgnoreCase)]
    private static partial Regex PersonsOrArrivalsAfter();

    // "10,384 migrants and refugees entering Albania irregularly"
    [GeneratedRegex(@"^\s*" + Gap5 + @"(?:who\s+)?(?:entering|crossing|having\s+entered)\b(?!\s+(?:the\s+)?asylum)", RegexOptions.IgnoreCase)]
    private static partial Regex EnteringAfter();

    // "Irregular arrivals dropped to 1,845", "Arrivals rose to 3,912"
    [GeneratedRegex(@"\barrivals\b[^.;\d]{0,40}?\b(?:rose|increased|grew|dropped|fell|decreased|declined)\s+to\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ArrivalsChangedBefore();

    // "23 persons expressed an intention to apply for asylum"
    [GeneratedRegex(@"^\s*" + Gap6 + @"(?:expressed|expressing|declared|registered)\s+(?:an?\s+|the\s+|their\s+)?intentions?\s+to\s+(?:apply\s+for|request|lodge\s+an?\s+application\s+for)\s+asylum", RegexOptions.IgnoreCase)]
    private static partial Regex IntentionToApplyAfter();

    // "only 15 lodged an asylum application", "320 submitted asylum applications"
    [GeneratedRegex(@"^\s*(?:persons\s+|people\s+|individuals\s+)?(?:\p{L}+ly\s+)?(?:lodged|submitted|filed)\s+(?:an?\s+|their\s+)?(?:formal\s+)?asylum\s+(?:claims?|applications?)", RegexOptions.IgnoreCase)]
    private static partial Regex LodgedApplicationAfter();

    // "142 applied for asylum", "41 persons formally applied for asylum"
    [GeneratedRegex(@"^\s*(?:persons\s+|people\s+|individuals\s+|asylum-seekers\s+)?(?:\p{L}+ly\s+)?applied\s+for\s+asylum\b", RegexOptions.IgnoreCase)]
    private static partial Regex AppliedForAsylumAfter();

    // Key-figure labels: "15 asylum applications in October", "9 asylum applications lodged", "35 asylum applications"
    [GeneratedRegex(@"^\s*(?:new\s+)?asylum\s+(?:applications?|claims?)(?:\s+(?:lodged|submitted|registered|filed))?(?:\s*\((?:persons|individuals)\))?(?:\s+in\s+\p{L}+(?:\s+\d{4})?)?\s*\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ApplicationsLabelAfter();

    // "an estimated 300 to 500 stayed outside them", "another estimated 2,000 were staying outside governmental centres",
    // "720 staying in hostels/hotels or abandoned houses in border areas" (Serbia: outside the governmental centres),
    // "identified 1,620 migrants and asylum seekers staying outside the TRCs"
    [GeneratedRegex(@"^\s*" + Gap6 + @"(?:stayed|stay|stays|staying|were\s+staying|are\s+staying|remained|slept|were\s+sleeping|are\s+sleeping)\s+(?:(?:rough\s+)?outside\b|in\s+(?:hostels|hotels|abandoned\s+(?:houses|buildings)|squats)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StayOutsideAfter();

    // "Outside the centres, an estimated 1,500 persons stayed in informal sites"
    [GeneratedRegex(@"^\s*Outside\s+(?:the\s+)?(?:formal\s+|governmental\s+)?(?:centres|centers|TRCs|accommodation|reception\s+centres)\s*,\s*(?:an\s+estimated\s+|some\s+|about\s+|around\s+|approximately\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OutsideLeadingBefore();

    // "3,612 refugees and migrants were present in the centres", "Some 2,900 migrants currently stay in 18 centres"
    [GeneratedRegex(@"^\s*" + Gap5 + @"(?:(?:were|are|was|is)\s+(?:present|sheltered|housed|staying)|(?:currently\s+)?(?:stay|stays|reside|resides|live|lives))\s+(?:in|at)\s+(?:the\s+|all\s+)?(?:\d+\s+)?(?:[\p{L}-]+\s+){0,3}?(?:reception|transit|asylum|TRCs?|centres?|centers?|facilities)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PresentInCentresAfter();

    // "4,470 refugees and migrants in governmental centres, end of October", "55 asylum-seekers in the Spuž centre"
    [GeneratedRegex(@"^\s*" + PersonsList + @"\s+in\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:centres?|centers?|TRCs)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonsInCentresAfter();

    // "The Asylum Centre in Spuž accommodated 54", "TRC Lipa, with 1,500 beds, currently hosts 412 people"
    [GeneratedRegex(@"\b(?:[Cc]entres?|[Cc]enters?|TRCs?|[Ff]acilit(?:y|ies))\b[^.;]{0,60}?\b(?:accommodated|hosted|housed|sheltered|hosts|houses|accommodates|shelters)\s+$")]
    private static partial Regex CentreHostedBefore();

    [GeneratedRegex(@"^\s*(?:[\p{L}-]+\s+){0,3}?(?:" + Persons + @"|of\s+them)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HostedPersonsAfter();

    // "At the end of September 2,745 migrants were accommodated;", "19 asylum-seekers were accommodated in Babrru"
    [GeneratedRegex(@"^\s*" + Gap5 + @"(?:were|are|was|is)\s+accommodated\b(?!\s+outside)", RegexOptions.IgnoreCase)]
    private static partial Regex WereAccommodatedAfter();

    // "whose total capacity is 6,000 places", "out of a total capacity of 5,400", "Capacity stood at 5,900", "(capacity: 6,200)"
    [GeneratedRegex(@"\bcapacity\b[^.;]{0,50}?(?:\bis|\bof|\bstood\s+at|\bstands\s+at|\bwas|:)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CapacityBefore();

    [GeneratedRegex(@"\bwith\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex WithBefore();

    [GeneratedRegex(@"^\s*(?:beds|places)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BedsAfter();

    // Key-figure label: "5,230 TRC capacity (beds)"
    [GeneratedRegex(@"^\s*(?:[\p{L}-]+\s+){0,2}?capacity\b", RegexOptions.IgnoreCase)]
    private static partial Regex CapacityLabelAfter();

    // "The estimated total number of refugees and migrants present in Serbia at the end of August was 8,400"
    [GeneratedRegex(@"\bnumber\s+of\s+" + PersonsList + @"\s+present\b[^.;\d]{0,60}?\b(?:was|is|stood\s+at|at)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPresentBefore();

    // "some 7,000 refugees and migrants were present in Serbia", "5,619 refugees and migrants were in the territory of Serbia",
    // "4,630 refugees, asylum-seekers and migrants were present on the territory of Serbia"
    [GeneratedRegex(@"^\s*" + PersonsList + @"\s+(?:were|are)\s+(?:(?:present|counted)\s+in\s+(?!(?:the\s+)?(?:governmental\s+)?(?:centres|centers|TRCs))|(?:present\s+)?(?:in|on)\s+the\s+territory\s+of\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PresentInCountryAfter();

    // "No asylum applications were lodged in July"
    [GeneratedRegex(@"\bno\s+(?:new\s+)?asylum\s+(?:applications?|claims?)\s+(?:were|was|have\s+been|had\s+been)\s+(?:lodged|submitted|registered|filed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoApplicationsLodged();
}
