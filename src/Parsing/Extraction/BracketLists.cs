using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Extraction.Labels;
using MigrationFeeds.Parsing.Language.Numbers;
using MigrationFeeds.Parsing.Language.Packs;
using MigrationFeeds.Parsing.Language.Periods;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>How a value in brackets after a name is read.</summary>
internal enum BracketItemKind
{
    /// <summary>Named after one of the six or the region: a country's item, which <see cref="Lists"/> reads.</summary>
    Country,

    /// <summary>Named after a known centre: a centre's item when a figure of a site indicator comes before it.</summary>
    Site,

    /// <summary>Named after anything else (a nationality, a kind of place): a part of a breakdown, no total of its own.</summary>
    Part,
}

/// <summary>
/// Values in brackets after names, two or more in one list ("Pakistan (326), Afghanistan (285) and Iran (189)",
/// "Obrenovac TC (374), Krnjača AC (192) or Preševo RC (64)", "at police stations (702)"): each is the part of a
/// breakdown by what names it, never the figure of the whole its words seem to count.
/// </summary>
internal static class BracketLists
{
    private const int MaxName = 48;

    /// <summary>What may stand between one item's closing bracket and the next one's name: a comma or a conjunction.</summary>
    private static Regex Joint => LanguagePacks.AnyWord("conjunction", @"^\s*(?:,|;|(?<![\p{L}])(?:", @")(?![\p{L}]))")!;

    /// <summary>Each item, with its kind and, for a country's item, the country its name gives (null when not one place).</summary>
    public static IReadOnlyDictionary<NumberMention, (BracketItemKind Kind, string? Country)> Items(
        string text, IReadOnlyList<NumberMention> numbers, IReadOnlyList<PeriodMention> periods, IReadOnlyList<ConceptTag> tags)
    {
        var bracketed = new List<(NumberMention Number, int Open, int Close)>();
        foreach (var number in numbers)
        {
            var open = text.LastIndexOf('(', Math.Max(0, number.Start - 1));
            var close = text.IndexOf(')', number.End);
            if (open < 0 || close < 0 || !text.AsSpan(open + 1, number.Start - open - 1).IsWhiteSpace()
                || !text.AsSpan(number.End, close - number.End).IsWhiteSpace() || Name(text, open).Length == 0)
            {
                continue;
            }

            // "compared to the previous month (3,953)": a period before the bracket makes it a compared value.
            if (periods.Any(p => p.End <= open && open - p.End <= 3))
            {
                continue;
            }

            bracketed.Add((number, open, close));
        }

        var items = new Dictionary<NumberMention, (BracketItemKind Kind, string? Country)>();
        var places = CountryMentions.NotOrigins(text);
        var run = new List<NumberMention>();
        var fromOrigin = false;
        for (var i = 0; i < bracketed.Count; i++)
        {
            if (i == 0 || !Linked(text, bracketed[i - 1].Close, bracketed[i].Open))
            {
                run.Clear();
                fromOrigin = false;
            }

            var linked = run.Count > 0 || (i + 1 < bracketed.Count && Linked(text, bracketed[i].Close, bracketed[i + 1].Open));
            if (!linked)
            {
                continue;
            }

            var open = bracketed[i].Open;
            var name = Name(text, open);
            var nameStart = open - name.Length;
            var region = tags.Any(t => t.Concept == "region" && t.Start >= nameStart && t.End <= open);
            var named = CountryMentions.All(name).Where(m => !m.IsElsewhere).ToList();

            // "at the border with Serbia (89), with Croatia (46) and Montenegro (33)": a list whose first place is where
            // people came from or crossed is a breakdown by that, each item a part, not a country's figure.
            fromOrigin |= named.Count > 0 && !places.Any(p => p.Start >= nameStart && p.End <= open && !p.IsElsewhere);
            run.Add(bracketed[i].Number);
            items[bracketed[i].Number] =
                fromOrigin ? (BracketItemKind.Part, null)
                : region || named.Count > 0 ? (BracketItemKind.Country, CountryOf(name, named, region))
                : SiteGazetteer.Find(name).Count > 0 ? (BracketItemKind.Site, null)
                : (BracketItemKind.Part, null);
            if (fromOrigin)
            {
                foreach (var earlier in run)
                {
                    items[earlier] = (BracketItemKind.Part, null);
                }
            }
        }

        return items;
    }

    /// <summary>
    /// The country a country's item names: "Serbia (120,883), Bosnia and Herzegovina (27,429)" gives each value the
    /// country before its bracket, whatever country the sentence named first. Null when the name is not one place.
    /// </summary>
    private static string? CountryOf(string name, IReadOnlyList<CountryMention> six, bool region)
    {
        var elsewhere = CountryMentions.All(name).Any(m => m.IsElsewhere);
        var countries = six.Select(m => m.Country).Distinct().ToList();
        return countries.Count == 1 && !region && !elsewhere ? countries[0] : countries.Count == 0 && region && !elsewhere ? Model.Countries.Region : null;
    }

    /// <summary>The words before a bracket back to the last comma, bracket or number: the item's name.</summary>
    private static string Name(string text, int open)
    {
        var start = open;
        while (start > 0 && open - start < MaxName && text[start - 1] is not (',' or ';' or ':' or ')' or '(' or '.') && !char.IsDigit(text[start - 1]))
        {
            start--;
        }

        var name = text[start..open];
        var trimmed = name.TrimEnd();
        return trimmed.Length > 0 && char.IsLetter(trimmed[^1]) && trimmed.Any(char.IsLetter) ? name : string.Empty;
    }

    private static bool Linked(string text, int close, int nextOpen)
    {
        var between = text[(close + 1)..nextOpen];
        return (between.Length <= MaxName + 8 || (between.Length <= MaxAside + MaxName && Aside.IsMatch(between)))
            && !between.Any(char.IsDigit) && !between.Contains('(') && Joint.IsMatch(between);
    }

    private const int MaxAside = 80;

    /// <summary>"Serbia (120,883), which remains the main transit country, followed by Bosnia and Herzegovina (27,429)": an aside on an item.</summary>
    private static Regex Aside => LanguagePacks.AnyWord("relative", @"^\s*,\s*(?:", @")(?![\p{L}])[^,;]*,")!;
}
