using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Packs;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>A country named in a text, where. <see cref="CountryMentions.Elsewhere"/> stands for a country outside the six.</summary>
internal sealed record CountryMention(string Country, int Start, int End)
{
    public bool IsElsewhere => Country == CountryMentions.Elsewhere;

    /// <summary>Whether the mention is one of a list of places ("in Bosnia and Herzegovina, Montenegro and Albania").</summary>
    public bool InList { get; init; }
}

/// <summary>
/// Finds the countries a sentence speaks of (countries.txt): a named country counts unless it is where
/// people came from or went to ("arrived from Serbia", "the border with Greece", "iz Srbije", "nga Greqia").
/// The words for "in" and "from" are each language's (<c>location</c> and <c>source</c> in its pack).
/// </summary>
internal static partial class CountryMentions
{
    /// <summary>The code countries.txt gives the countries outside the six.</summary>
    public const string Elsewhere = "OTHER";

    private const string OriginsKey = "ORIGINS";

    private static readonly IReadOnlyList<(string Country, HotRegex Pattern)> Countries =
        LanguagePacks.DataLines("countries.txt")
            .Select(line => line.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(p => p[0] != OriginsKey)
            .Select(p => (p[0], new HotRegex(new Regex(@"(?<![\p{L}\p{M}])(?:" + p[1] + @")(?![\p{L}\p{M}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase))))
            .ToList();

    private static readonly Regex OriginLine = new(
        @"^\s*(?:" + string.Join('|', LanguagePacks.DataLines("countries.txt").Select(line => line.Split('=', 2, StringSplitOptions.TrimEntries)).Where(p => p[0] == OriginsKey).Select(p => p[1])) + @")\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Whether a folded line is only the name of a country people come from ("SYRIA"), as a section's heading is.</summary>
    public static bool IsOriginName(string foldedLine) => OriginLine.IsMatch(foldedLine);

    private static Regex InBefore => LanguagePacks.AnyWord("location", @"\b(?:", @")\s+(?:the\s+)?(?:(?:" + LanguagePacks.Words("neighbouring") + @")\s+)?(?:Republic\s+of\s+)?$")!;

    /// <summary>"In 2022 Albania registered …": a sentence that opens with its year, then the country as its subject.</summary>
    private static Regex YearOpens => LanguagePacks.AnyWord("location", @"^\s*(?:", @")\s+(?:19|20)\d\d\s*,?\s*$")!;

    /// <summary>"Since the crisis broke out in June 2015, Serbia has been …": the subject after a sentence's opening phrase.</summary>
    [GeneratedRegex(@"^[^,;]{1,80},\s*(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadOpens();

    /// <summary>"Slovenia registered …, and Kosovo saw 590 …": after a semicolon, or a comma and a joint, a country opens a clause of its own; a bare comma continues a list.</summary>
    private static Regex OpensClause => LanguagePacks.AnyWord("subject-joint", @"(?:;|,\s*(?:", @"))\s+(?:the\s+)?$")!;

    /// <summary>"Granična policija BiH", "the Border Police of BiH": the country of the institution that counts.</summary>
    private static Regex AuthorityBefore => LanguagePacks.AnyWord("authority", @"(?<![\p{L}])(?:", @")\s+(?:the\s+)?$")!;

    private static Regex AuthorityAfter => LanguagePacks.AnyWord("authority-after", @"^\s+(?:", @")(?![\p{L}])")!;

    /// <summary>"they travel on to Serbia": where people go next is no place of the text's figures (its owner's centre is: "sent on to BiH's only asylum centre").</summary>
    private static Regex DestinationBefore => LanguagePacks.AnyWord("destination", @"(?<![\p{L}])(?:", @")\s+(?:the\s+)?$")!;

    /// <summary>"Kroz Srbiju je … prošlo oko milion ljudi": the country people passed through, the verb after it.</summary>
    /// <summary>"Over the same period Serbia has registered 89,161 …": a country that counts is where its count is.</summary>
    private static Regex SubjectVerbAfter => LanguagePacks.AnyWord("subject-verb", @"^\s+(?:", @")(?![\p{L}])")!;

    private static Regex PassedAfter => LanguagePacks.AnyWord("passed-after", @"^\s+(?:", @")(?![\p{L}])")!;

    private static Regex Origin => LanguagePacks.AnyWord("source", @"\b(?:", @")\s+(?:the\s+)?$")!;

    private static readonly IReadOnlyList<(string Country, HotRegex Pattern)> Institutions =
        LanguagePacks.DataLines("institutions.txt")
            .Select(line => line.Split('=', 2, StringSplitOptions.TrimEntries))
            .Select(p => (p[0], new HotRegex(new Regex(@"(?<![\p{L}\p{M}])(?:" + p[1] + @")(?![\p{L}\p{M}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase))))
            .ToList();

    /// <summary>The countries whose national bodies, capitals or border towns a text names (institutions.txt).</summary>
    public static IReadOnlyList<string> PointedTo(string foldedText)
    {
        var screened = RequiredWords.CanScreen(foldedText);
        return Institutions.Where(i => RequiredWords.IsMatch(i.Pattern.Regex, foldedText, screened)).Select(i => i.Country).ToList();
    }

    // A sentence's mentions are asked for by its locations, its places that are no origins and its lists, each for
    // the same text: they depend on the text only. Per thread, as parsers may run side by side; emptied when full.
    private const int Remembered = 64;

    [ThreadStatic]
    private static Dictionary<string, IReadOnlyList<CountryMention>>? _recent;

    /// <summary>Every mention, origins and destinations included.</summary>
    public static IReadOnlyList<CountryMention> All(string foldedText)
    {
        _recent ??= new(StringComparer.Ordinal);
        if (_recent.TryGetValue(foldedText, out var known))
        {
            return known;
        }

        if (_recent.Count >= Remembered)
        {
            _recent.Clear();
        }

        var screened = RequiredWords.CanScreen(foldedText);
        var mentions = Countries.SelectMany(c => RequiredWords.Matches(c.Pattern.Regex, foldedText, screened).Select(m => new CountryMention(c.Country, m.Index, m.Index + m.Length)))
            .OrderBy(m => m.Start)
            .ToList();
        _recent[foldedText] = mentions;
        return mentions;
    }

    /// <summary>
    /// The mentions that say where a sentence's figures are: a country after "in" ("u", "во", "në"), at the start
    /// of the sentence ("Montenegro recorded …", "Serbia: …") or as an owner ("Serbia's Commissariat"). A country
    /// named otherwise ("after Serbia reintroduced visas", "from Greece") says nothing about where.
    /// </summary>
    public static IReadOnlyList<CountryMention> Locations(string foldedText)
    {
        var mentions = NotOrigins(foldedText);
        var result = new List<CountryMention>();
        CountryMention? previous = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var located = InBefore.IsMatch(foldedText.AsSpan(0, m.Start))
                || PassedAfter.IsMatch(foldedText.AsSpan(m.End))
                || SubjectVerbAfter.IsMatch(foldedText.AsSpan(m.End))
                || foldedText.AsSpan(0, m.Start).IsWhiteSpace()
                || YearOpens.IsMatch(foldedText.AsSpan(0, m.Start))
                || (LeadOpens().IsMatch(foldedText.AsSpan(0, m.Start)) && !mentions.Take(i).Any() && !InListOf(foldedText, mentions, i))
                || OwnerAfter().IsMatch(foldedText.AsSpan(m.End))
                || AuthorityBefore.IsMatch(foldedText.AsSpan(0, m.Start))
                || AuthorityAfter.IsMatch(foldedText.AsSpan(m.End))
                || (OpensClause.IsMatch(foldedText.AsSpan(0, m.Start)) && !InListOf(foldedText, mentions, i));

            // "in Bosnia and Herzegovina, Montenegro and Albania": the places after the first continue its list.
            if (previous is not null && previous.End <= m.Start && ListGap.IsMatch(foldedText.AsSpan(previous.End, m.Start - previous.End)))
            {
                result[^1] = previous with { InList = true };
                var item = m with { InList = true };
                result.Add(item);
                previous = item;
                continue;
            }

            // "Together, Bosnia and Herzegovina, Montenegro and Albania accounted for …": the last of a list that is the
            // subject of the verb after it stands for the list's sum.
            if (located && i > 0 && mentions[i - 1].End <= m.Start && ListGap.IsMatch(foldedText.AsSpan(mentions[i - 1].End, m.Start - mentions[i - 1].End))
                && SubjectVerbAfter.IsMatch(foldedText.AsSpan(m.End)))
            {
                var item = m with { InList = true };
                result.Add(item);
                previous = item;
                continue;
            }

            if (located && (OwnerAfter().IsMatch(foldedText.AsSpan(m.End)) || !DestinationBefore.IsMatch(foldedText.AsSpan(0, m.Start))))
            {
                result.Add(m);
                previous = m;
            }
            else
            {
                previous = null;
            }
        }

        return result;
    }

    /// <summary>Whether a mention stands in a list with the one before or after it ("through North Macedonia, Serbia and Croatia").</summary>
    private static bool InListOf(string foldedText, IReadOnlyList<CountryMention> mentions, int index)
    {
        bool Joined(CountryMention a, CountryMention b) => a.End <= b.Start && ListGap.IsMatch(foldedText.AsSpan(a.End, b.Start - a.End));
        return (index > 0 && Joined(mentions[index - 1], mentions[index])) || (index + 1 < mentions.Count && Joined(mentions[index], mentions[index + 1]));
    }

    private static Regex ListGap => LanguagePacks.AnyWord("list-joint", @"^\s*(?:,|(?<![\p{L}])(?:", @")(?![\p{L}]))\s*(?:the\s+)?$")!;

    /// <summary>The mentions that are not where people came from or went through (for headings).</summary>
    public static IReadOnlyList<CountryMention> NotOrigins(string foldedText) => Split(foldedText, origins: false);

    /// <summary>The mentions that say where persons came from ("from Serbia", "nga Mali i Zi"), not where they are counted.</summary>
    public static IReadOnlyList<CountryMention> Origins(string foldedText) => Split(foldedText, origins: true);

    /// <summary>The mentions on one side of "where people came from": the origins, or every other mention.</summary>
    private static List<CountryMention> Split(string foldedText, bool origins)
    {
        var all = All(foldedText);
        var result = new List<CountryMention>();
        for (var i = 0; i < all.Count; i++)
        {
            // "from Albania and North Macedonia": a list after "from" is all origins, so look before its first place.
            var first = i;
            while (first > 0 && all[first - 1].End <= all[first].Start
                && ListGap.IsMatch(foldedText.AsSpan(all[first - 1].End, all[first].Start - all[first - 1].End)))
            {
                first--;
            }

            var origin = Origin.IsMatch(foldedText.AsSpan(0, all[first].Start)) && !PassedAfter.IsMatch(foldedText.AsSpan(all[i].End));
            if (origin == origins)
            {
                result.Add(all[i]);
            }
        }

        return result;
    }

    [GeneratedRegex(@"^(?:'s|’s|\s*:)")]
    private static partial Regex OwnerAfter();
}
