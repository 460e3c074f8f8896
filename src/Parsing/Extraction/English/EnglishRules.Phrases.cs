using System.Text.RegularExpressions;

namespace MigrationFeeds.Parsing.Extraction.English;

/// <summary>The phrase patterns the rules of <see cref="EnglishRules"/> are made of, each with the wording it is for.</summary>
internal static partial class EnglishRules
{
    // A word, or a harmless bracket such as "(93%)" or "(SFA)", between the number and its verb.
    // A negation ends the gap: "… months, there were no UASC" does not count UASC.
    private const string Word = @"(?:(?!(?:no|not|none|never|without)\b)\p{L}[\p{L}\p{M}'’-]*|\([^()\d]*\)|\(\d{1,3}(?:[.,]\d+)?\s?%\))";
    private const string Gap3 = "(?:" + Word + @",?\s+){0,3}?";
    private const string Gap5 = "(?:" + Word + @",?\s+){0,5}?";
    private const string Gap6 = "(?:" + Word + @",?\s+){0,6}?";
    private const string Uasc = @"(?:unaccompanied\s+(?:and|or|and/or)\s+separated\s+(?:children|child|minors)|unaccompanied\s+(?:children|minors|child)|UASC)\b";
    private const string Site = @"(?<site>\p{Lu}[\p{L}\p{M}]+(?:\s+\p{Lu}[\p{L}\p{M}]+)?)";
    // Text between a phrase and its number that may hold a year ("the total for 2021 to") but no other count.
    private const string NoCount = @"(?:[^.;\d]|\b(?:19|20)\d{2}\b)";
    private const string Facility = @"(?:TRC|AC|RC|Temporary\s+Reception\s+Centre|Reception\s+Centre|Asylum\s+Centre|Transit\s+Centre)";

    // "1,124 in TRC Lipa", "862 in TRC Borići"
    [GeneratedRegex(@"^\s+(?:were\s+)?in\s+(?:the\s+)?" + Facility + @"\s+" + Site)]
    private static partial Regex SiteAfter();

    [GeneratedRegex(@"\b(?:accommodat\w*|occupancy|by\s+(?:reception\s+)?centre|there\s+were|stayed|hosted|residing|sheltered)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AccommodationContext();

    [GeneratedRegex(@"\b(?:asylum\s+(?:claims?|applications?)|interviews?|lodged|conducted|decisions?|scheduled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsylumProcedureContext();

    // "15 were unaccompanied and separated children", "112 of the new arrivals were unaccompanied …", "38 UASC were registered"
    [GeneratedRegex(@"^\s*" + Gap5 + @"(?:were\s+|was\s+|are\s+)?(?:reported\s+(?:to\s+be|as)\s+|identified\s+as\s+|registered\s+as\s+)?" + Uasc)]
    private static partial Regex UascAfter();

    [GeneratedRegex(@"\barriv\w*", RegexOptions.IgnoreCase)]
    private static partial Regex ArrivalsContext();

    [GeneratedRegex(@"\b(?:closed|suspended|rejected|dismissed|assisted|accommodated|guardians?|decisions?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClosedOrAssisted();

    // "there were no UASC amongst irregular arrivals"
    [GeneratedRegex(@"\bno\s+" + Uasc + @"\s+(?:were\s+\p{L}+\s+)?(?:among|amongst)\s+(?:the\s+)?(?:irregular\s+|new\s+)?arrivals\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoUascAmongArrivals();

    // "5,010 persons arrived irregularly", "107,470 refugees and migrants have arrived in BiH", "… who arrived irregularly"
    [GeneratedRegex(@"^\s*" + Gap5 + @"(?:who\s+|that\s+)?(?:have\s+|had\s+|has\s+)?(?:arrived|entered)\b(?!\s+(?:at|to)\s+(?:the\s+)?(?:TRC|centre|center|reception))")]
    private static partial Regex ArrivedAfter();

    // "5,010 irregular arrivals", "894 new arrivals", "83,924 arrivals since January 2018", "2,100 detected refugee and migrant arrivals",
    // "6,136 newcomers to governmental centres"
    [GeneratedRegex(@"^\s*(?:(?:new|irregular|detected|registered|recorded|refugee|migrant|asylum[- ]seeker|and)\s+){0,5}(?:arrivals?|newcomers?)\b(?!\s+(?:to|at|in)\s+(?:the\s+)?(?:TRC|centres?|reception))", RegexOptions.IgnoreCase)]
    private static partial Regex ArrivalsNounAfter();

    // "a record number of arrivals: 4,100 refugees and migrants were detected by the Ministry of Security"
    [GeneratedRegex(@"^\s*" + Gap5 + @"(?:were|was|have\s+been|had\s+been)\s+(?:detected|registered|recorded)\s+(?:entering|arriving|by\s+the\s+(?:authorities|police|Ministry|Service|SFA|Border))", RegexOptions.IgnoreCase)]
    private static partial Regex DetectedAfter();

    // "recorded the irregular arrival of 1,087"
    [GeneratedRegex(@"\b(?:irregular\s+arrivals?|(?:recorded|registered|detected)\s+(?:the\s+)?arrivals?)\s+of\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ArrivalOfBefore();

    // "the total number of arrivals in 2021 is 14,511", "brings the total for 2021 to 15,405", "the number of arrivals recorded since January 2018 to 84,818"
    [GeneratedRegex(@"\b(?:total|(?:total\s+)?number\s+of\s+(?:new\s+|irregular\s+)?arrivals)\b" + NoCount + @"{0,80}?\b(?:is|was|stands\s+at|stood\s+at|(?:has\s+|had\s+)?reached|to|at)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex TotalBefore();

    // "1,133 persons (93%) arriving in October expressed an intention to seek asylum", "3 289 persons (96%) were issued an AISA"
    [GeneratedRegex(@"^\s*" + Gap6 + @"(?:(?:have\s+|had\s+)?(?:expressed|expressing|declared|registered)\s+(?:an?\s+|the\s+|their\s+)?intentions?\s+to\s+seek\s+asylum|(?:were\s+issued|was\s+issued|received|obtained|were\s+given)\s+(?:with\s+)?(?:an?\s+|the\s+)?[“""]?(?:AISAs?|attestations?))", RegexOptions.IgnoreCase)]
    private static partial Regex IntentionVerbAfter();

    // "4,854 AISA issued", "1,133 intentions to seek asylum", "Two hundred and twelve intentions were registered"
    [GeneratedRegex(@"^\s*(?:new\s+|expressed\s+|registered\s+)?(?:(?:intentions?|attestations?)\s+(?:(?:of|on)\s+(?:expressed\s+)?intent(?:ion)?\s+)?to\s+seek\s+asylum|(?:intentions?|AISAs?|attestations?)\s+(?:were\s+|was\s+)?(?:issued|registered|expressed|recorded)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex IntentionNounAfter();

    // "issued an “Attestation of Expressed Intent to Seek Asylum” (AISA) to 97% of them (4,854 persons)"
    [GeneratedRegex(@"\b(?:AISAs?|[Aa]ttestations?)\b[^.;]{0,80}?(?:\(|\bto\s+)\s*$")]
    private static partial Regex AisaBefore();

    [GeneratedRegex(@"^\s*(?:persons|people|individuals)\b")]
    private static partial Regex PersonsAfter();

    // "97% of them (4,854 persons) received an “Attestation of Expressed Intent to Seek Asylum”"
    [GeneratedRegex(@"^\s*(?:persons|people|individuals)\s*\)\s+(?:received|obtained|were\s+issued|were\s+given|got)\s+(?:with\s+)?(?:an?\s+|the\s+)?[“""]?\s*(?:AISAs?|[Aa]ttestations?)")]
    private static partial Regex BracketedPersonsReceivedAfter();

    // "intentions to seek asylum were expressed by 4,854 persons"
    [GeneratedRegex(@"\bintentions?\s+to\s+seek\s+asylum\s+(?:were\s+|was\s+)?(?:expressed|registered|issued|recorded)\s+(?:by|to|for)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex IntentionsExpressedByBefore();

    // "asylum claims were registered for 34 persons"
    [GeneratedRegex(@"\basylum\s+(?:claims?|applications?)\s+(?:were\s+|was\s+)?(?:registered|lodged|submitted|filed)\s+(?:for|by)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ApplicationsForBefore();

    // "34 asylum claims were registered", "3 asylum applications were lodged", "18 asylum claims (9 cases involving 18 persons) were registered", "asylum applications lodged"
    [GeneratedRegex(@"^\s*(?:new\s+)?asylum\s+(?:claims?|applications?|requests?)\s*(?:\([^()]*\)\s*)?(?:were\s+|was\s+|have\s+been\s+|has\s+been\s+|had\s+been\s+)?(?:officially\s+|formally\s+)?(?:registered|lodged|submitted|filed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ApplicationsAfter();

    // "(11 cases involving 19 persons)": the project counts persons, not cases.
    [GeneratedRegex(@"^[^()]{0,100}?\(\s*[^()]*?\b(?:involving|of|comprising|with)\s+(?<value>\d[\d,. ]*|\p{L}+(?:[\s-]\p{L}+)*?)\s+(?:persons|people|individuals)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonsNotCases();

    [GeneratedRegex(@"^\s*" + Gap3 + @"(?:persons|people|individuals)\s+(?:\p{L}+\s+){0,2}?(?:lodged|submitted|registered|filed)\s+(?:an?\s+|their\s+)?asylum\s+(?:claims?|applications?)", RegexOptions.IgnoreCase)]
    private static partial Regex PersonsLodgedAfter();

    // "300-900 persons are estimated to be squatting outside of formal accommodation", "600 to 900 persons stayed outside formal accommodation"
    [GeneratedRegex(@"^\s*" + Gap6 + @"(?:(?:are|were|is|was|remain|remained)\s+(?:estimated|believed|thought|reported|assessed|observed)\s+to\s+(?:be\s+)?(?:\p{L}+\s+){0,3}?(?:outside|squatting|sleeping\s+rough|in\s+squats)|(?:outside|out\s+of)\s+(?:of\s+)?(?:the\s+)?(?:formal|official|organi[sz]ed|governmental)?\s*(?:accommodation|reception|centres|centers|facilities|TRCs))", RegexOptions.IgnoreCase)]
    private static partial Regex OutsideAfter();

    // "450 estimated rough sleepers", "350 persons were squatting"
    [GeneratedRegex(@"^\s*" + Gap3 + @"(?:rough\s+sleepers|sleeping\s+rough|(?:are|were|is|was)\s+(?:estimated\s+to\s+be\s+)?(?:squatting|sleeping\s+rough))", RegexOptions.IgnoreCase)]
    private static partial Regex RoughSleepersAfter();

    // "the number of persons outside formal accommodation is estimated at 300-900"
    [GeneratedRegex(@"\b(?:outside|out\s+of)\s+(?:of\s+)?(?:formal\s+|official\s+)?(?:accommodation|reception\s+(?:centres|facilities))\b[^.;\d]{0,40}?\b(?:is|was|are|were|at|of)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex OutsideBefore();

    [GeneratedRegex(@"\bestimat\w*", RegexOptions.IgnoreCase)]
    private static partial Regex Estimated();

    // "2,942 asylum-seekers and migrants were accommodated in reception facilities", "2,181 … stayed in reception facilities",
    // "1,896 … were in reception facilities"; the Immigration Centre is detention, not reception.
    [GeneratedRegex(@"^\s*" + Gap5 + @"(?:(?:were|are|was|is|remained|remain|have\s+been|had\s+been)\s+(?:being\s+|currently\s+|still\s+)?(?:accommodated\s+|sheltered\s+|housed\s+|hosted\s+|residing\s+|staying\s+|living\s+)?|(?:stayed|resided|lived)\s+)(?:in|at|within|across)\s+(?:the\s+|all\s+)?(?!Immigration\s+Centre)(?:(?!private\b)\p{L}+\s+){0,3}?(?:reception|transit|asylum|TRCs?|centres?|centers?|facilities|accommodation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AccommodatedVerbAfter();

    // "brings the total number of new arrivals to 66,930 since January 2018 and to 14,210 in 2020 alone": the
    // match is only "and to", so that the second total takes its own period, not the first one's.
    [GeneratedRegex(@"(?<=\btotal\b[^.;]{0,120}?\bto\s+\d[\d,. ]*\d\b" + NoCount + @"{0,60}?)\band\s+to\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex TotalAndToBefore();

    // "Arrivals in 2021 now total 14,511", "Arrivals recorded since the start of the mixed movement in January 2018: 102,460"
    [GeneratedRegex(@"\b(?:irregular\s+|new\s+)?arrivals\b(?:" + NoCount + @"{0,80}?:|" + NoCount + @"{0,40}?\b(?:now\s+)?(?:total(?:led|ed|s)?|amount(?:ed|s)?\s+to|(?:has\s+|had\s+)?reached|stand\s+at|stood\s+at|numbered))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ArrivalsTotalBefore();

    // "Reception facilities accommodated 2,978 asylum-seekers and migrants"
    [GeneratedRegex(@"\b(?:reception\s+(?:facilities|centres|centers)|TRCs|asylum\s+centres|(?:the\s+)?centres)\s+(?:\p{L}+\s+)?(?:accommodated|hosted|housed|sheltered)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CentresAccommodatedBefore();

    // "counselling to 176 persons in reception centres": persons served, not persons accommodated.
    [GeneratedRegex(@"\b(?:to|for|reached|assisted|supported|counselled|counseled|helped|served|visited|interviewed)\s+(?:\p{L}+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ServiceObjectBefore();

    // "2,978 persons in reception centres at the end of October", "2,942 in TRCs and asylum centres, end of month",
    // "3,176 asylum-seekers and migrants in reception facilities", "2,912 migrants and asylum seekers accommodated in the TRCs",
    // "… present on the territory of Serbia, including 3,745 in governmental centres"
    [GeneratedRegex(@"^\s*(?:" + PersonsList + @"\s+)?(?:accommodated\b(?!\s+outside)|in\s+(?:formal\s+)?accommodation\b|in\s+(?:the\s+)?(?:temporary\s+)?(?:TRCs|reception\s+(?:centres|centers|facilities)|asylum\s+centres|governmental\s+centres))", RegexOptions.IgnoreCase)]
    private static partial Regex AccommodatedNounAfter();

    // "the number of persons accommodated in reception centres was 2,942"
    [GeneratedRegex(@"\b(?:accommodated|occupancy|in\s+(?:formal\s+)?accommodation|in\s+reception\s+(?:centres|facilities))\b[^.;\d]{0,40}?\b(?:was|were|is|stood\s+at|totall?ed|reached|numbered)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AccommodatedBefore();
}
