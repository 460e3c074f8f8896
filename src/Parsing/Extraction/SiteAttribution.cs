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
internal static class SiteAttribution
{
    internal static readonly IReadOnlySet<string> SiteIndicators = new HashSet<string>([Indicators.Accommodated, Indicators.Capacity, Indicators.UascPresent]);

    public static FigureCandidate Attach(FigureCandidate figure, IReadOnlyList<NumberMention> numbers)
    {
        if (figure.Site is not null)
        {
            return figure with { Site = SiteGazetteer.Canonical(figure.Site) ?? figure.Site };
        }

        if (!SiteIndicators.Contains(figure.Indicator))
        {
            return figure;
        }

        var text = figure.Sentence.Text;
        var number = numbers.FirstOrDefault(n => n.Start == figure.Start) ?? new NumberMention { Start = figure.Start, Length = figure.Length, Value = figure.Value };
        var segment = NumberSegment.Of(text, number, numbers, null);

        var after = SiteGazetteer.Find(segment.Right);
        if (after.Select(s => s.Name).Distinct().Count() == 1 && Introduced.IsMatch(segment.Right.AsSpan(0, after[0].Start)))
        {
            return figure with { Site = after[0].Name };
        }

        var before = SiteGazetteer.Find(segment.Left);
        if (before.Select(s => s.Name).Distinct().Count() == 1)
        {
            return figure with { Site = before[0].Name };
        }

        // "… in the three reception centres of Preševo, Vranje and Bujanovac": a sum of several centres is neither a centre's
        // figure nor the country's. Two centres named together are often all a country has ("Vinojug and Tabanovce").
        if (after.Select(s => s.Name).Distinct().Count() > 2 || before.Select(s => s.Name).Distinct().Count() > 2)
        {
            return figure with { Scope = ScopeHint.Subnational };
        }

        var all = SiteGazetteer.Find(text);
        if (before.Count == 0 && after.Count == 0 && all.Select(s => s.Name).Distinct().Count() == 1 && all[0].End <= figure.Start
            && !ClosedOrLeft.IsMatch(text[..all[0].Start]))
        {
            return figure with { Site = all[0].Name };
        }

        // "… the small asylum centre in Delijaš. It has about 150 places": a sentence that opens by pointing back to a place
        // speaks of the one centre the sentence before named.
        if (all.Count == 0 && figure.Sentence.Previous is { } previous && PlaceAnaphor.IsMatch(text)
            && SiteGazetteer.Find(previous).Select(s => s.Name).Distinct().ToList() is [var named])
        {
            return figure with { Site = named };
        }

        return figure;
    }

    private static readonly Regex PlaceAnaphor = LanguagePacks.AnyWord("place-anaphor", @"^\s*(?:", @")(?![\p{L}])")!;

    /// <summary>
    /// A centre the sentence names as closed or left ("Following the closure of TRC Miral, the four TRCs have a
    /// total capacity of 5,230 places"): the figures after it are not that centre's.
    /// </summary>
    private static readonly Regex ClosedOrLeft = LanguagePacks.AnyWord("closed", @"(?<![\p{L}])(?:", @")\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$")!;

    /// <summary>
    /// The words between a number and the centre after it lead to a place ("were accommodated in the reception centre
    /// in"), with no conjunction and no time between them ("… on 31 December after the works in Borići" does not).
    /// </summary>
    private static readonly Regex Introduced = LanguagePacks.AnyWord("location", @"^(?:(?!(?<![\p{L}])(?:" + Words("conjunction") + "|" + Words("anaphora") + "|" + Words("closed") + @")(?![\p{L}]))[^,;])*(?<![\p{L}])(?:", @")\s+(?:[\p{L}-]+\s+){0,6}$")!;

    private static string Words(string key) =>
        string.Join('|', new[] { LanguagePacks.English }.Concat(LanguagePacks.All).Select(p => p.Word(key)).Where(w => w.Length > 0));
}
