using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Packs;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// A total followed by its parts ("312 persons …: 287 in Vinojug and 25 in Tabanovce", "4.931 lice, od čega
/// 2.104 u prihvatnim centrima"): a part of the same indicator and period that names no site is not a new total.
/// </summary>
internal static class Breakdowns
{
    public static IReadOnlyList<FigureCandidate> WithoutParts(IReadOnlyList<FigureCandidate> figures)
    {
        var kept = new List<FigureCandidate>();
        var shares = new List<FigureCandidate>();
        foreach (var figure in figures)
        {
            // A part placed elsewhere than its total ("… in Europe, of which 61,735 on the Western Balkan route") is a figure of its own place.
            var total = kept.FirstOrDefault(t => t.Site is null && figure.Site is null && t.Country == figure.Country && t.Scope == figure.Scope
                && t.Indicator == figure.Indicator && t.Measure == figure.Measure && t.Period == figure.Period
                && t.Start < figure.Start && (t.Value is null || figure.Value is null || figure.Value <= t.Value)
                && Marker.IsMatch(figure.Sentence.Text[(t.Start + t.Length)..figure.Start]));
            if (total is not null)
            {
                continue;
            }

            // "…, 1,221 in the five asylum centres and 2,231 in …": the part after a part is one too.
            var afterPart = figure.Site is null && shares.LastOrDefault() is { } part && part.Sentence.Text == figure.Sentence.Text && part.Indicator == figure.Indicator
                && !kept.Any(k => k.Sentence.Text == figure.Sentence.Text && k.Start > part.Start && k.Start < figure.Start);
            if (afterPart || PartOfShare(figure, kept))
            {
                shares.Add(figure);
                continue;
            }

            if (kept.Any(whole => ByHowTheyCame(whole, figure)))
            {
                continue;
            }

            kept.Add(figure);
        }

        return kept;
    }

    /// <summary>
    /// "1,409 asylum seekers were registered in 2020: 887 had entered irregularly, 20 …", "…; 887 of them had entered
    /// illegally": a part of a whole, told by how its persons came, is no count of arrivals, whose persons would include
    /// the whole's; nor is what a part of the unaccompanied children did a count of the country's. Parts that count fewer
    /// ("of them, 4,617 stayed in centres") are figures, and are not asked about here.
    /// </summary>
    private static bool ByHowTheyCame(FigureCandidate whole, FigureCandidate part)
    {
        if (whole.Site is not null || part.Site is not null || whole.Start >= part.Start || whole.Country != part.Country
            || whole.Value is not { } total || part.Value is not { } value || value >= total
            || !Model.Indicator.TryParse(whole.Indicator, out var counted) || !Model.Indicator.TryParse(part.Indicator, out var told)
            || !(told.Includes(counted) || OfChildren(counted, told)))
        {
            return false;
        }

        var text = part.Sentence.Text;
        return Marker.IsMatch(text[(whole.Start + whole.Length)..part.Start]) || OfThemAfter.IsMatch(text, part.Start + part.Length);
    }

    /// <summary>
    /// "… 69 maloljetnika bez pratnje, od kojih je njih 60 iskazalo namjeru za traženje azila": what some of the unaccompanied
    /// children did is theirs, no count of the country's intentions or claims.
    /// </summary>
    private static bool OfChildren(Model.Indicator whole, Model.Indicator part) =>
        (whole == Model.Indicator.UascArrivals || whole == Model.Indicator.UascPresent)
        && part != Model.Indicator.UascArrivals && part != Model.Indicator.UascPresent;

    // "887 of them", "887 od njih", "887 prej tyre": the part's own words point back at the whole.
    private static Regex OfThemAfter => LanguagePacks.AnyWord("of-these", @"\G\s+(?:", @")(?![\p{L}])")!;

    /// <summary>
    /// "Close to 80% of them were accommodated in governmental facilities, among them 1,074 in the five Asylum Centres
    /// and 2,262 in …": parts of a total the sentence gives only as a share.
    /// </summary>
    private static bool PartOfShare(FigureCandidate figure, IReadOnlyList<FigureCandidate> kept)
    {
        var text = figure.Sentence.Text;
        var from = kept.Where(k => k.Sentence.Text == text && k.Start < figure.Start).Select(k => k.Start + k.Length).DefaultIfEmpty(0).Max();
        var before = text[from..figure.Start];
        if (figure.Site is not null)
        {
            return false;
        }

        // "…, among them 1,074 in …", and the bare comma of "over 78% of them stayed in government facilities, 1,221 in …".
        var opens = Marker.Match(before) is { Success: true } marker && marker.Value.Any(char.IsLetter) ? marker.Index
            : before.TrimEnd().EndsWith(',') ? before.TrimEnd().Length - 1
            : -1;
        return opens > 0 && ShareOf.IsMatch(before.AsSpan(0, opens));
    }

    /// <summary>"80% of them", "76 odsto od njih": a share of something, not a rise or a fall by so much.</summary>
    private static readonly HotRegex HotShareOf = new(LanguagePack.Compile(
        @"\d(?:[.,]\d+)?\s*(?:%|(?:" + LanguagePacks.Words("percent") + @")(?![\p{L}]))\s*(?:" + LanguagePacks.Words("partitive") + @")(?![\p{L}])"));

    private static Regex ShareOf => HotShareOf.Regex;

    // "312 persons …: 287 in Vinojug", "of whom", "od čega", "prej tyre": the words that open a breakdown, in every pack.
    private static Regex Marker => LanguagePacks.AnyWord("breakdown", @"(?:(?<![\p{L}])|(?=:))(?:", @")(?![\p{L}])")!;
}
