using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Language.Packs;

namespace MigrationFeeds.Parsing.Extraction;

/// <summary>
/// A named centre in a text: the project's name for it, where it is written, and whether the form written names nothing
/// but the centre (a village that is only the camp) rather than also a town.
/// </summary>
internal sealed record SiteMention(string Name, string Country, int Start, int End, bool CentreOnly = false);

/// <summary>
/// The reception, asylum and transit centres the project knows (sites.txt), found in folded text in any of
/// their written forms ("Spužu", "Babrrut", "Винојуг"), and given under one name ("Spuž", "Babrru", "Vinojug").
/// </summary>
internal static partial class SiteGazetteer
{
    private static readonly IReadOnlyList<(string Name, string Country, HotRegex Pattern)> Sites =
        LanguagePacks.DataLines("sites.txt")
            .Select(line => Columns().Split(line).Select(c => c.Trim()).ToArray())
            .Select(p => (p[0], p[1], new HotRegex(new Regex(
                @"(?<![\p{L}\p{M}])(?:" + string.Join('|', Forms(p)) + @")(?![\p{L}\p{M}])", RegexOptions.CultureInvariant))))
            .ToList();

    public static IReadOnlyList<SiteMention> Find(string foldedText)
    {
        var screened = RequiredWords.CanScreen(foldedText);
        return Sites.SelectMany(s => RequiredWords.Matches(s.Pattern.Regex, foldedText, screened)
                .Select(m => new SiteMention(s.Name, s.Country, m.Index, m.Index + m.Length, m.Groups["centre"].Success)))
            .OrderBy(m => m.Start)
            .ToList();
    }

    /// <summary>The project's name for a site written as <paramref name="written"/>, or null when it is not known.</summary>
    public static string? Canonical(string written)
    {
        var folded = Language.Text.FoldedText.Fold(written).Text;
        return Sites.FirstOrDefault(s => s.Pattern.Regex.Match(folded) is { Success: true } m && m.Length == folded.Trim().Length).Name;
    }

    /// <summary>How many centres the gazetteer knows in a country.</summary>
    public static int CountIn(string country) => Sites.Count(s => string.Equals(s.Country, country, StringComparison.Ordinal));

    /// <summary>The country of a site under the project's name, or null when the site is not known.</summary>
    public static string? CountryOf(string? site) =>
        site is null ? null : Sites.FirstOrDefault(s => string.Equals(s.Name, site, StringComparison.Ordinal)).Country;

    private static IEnumerable<string> Forms(string[] columns)
    {
        if (columns[2].Length > 0)
        {
            yield return "(?<centre>" + columns[2] + ")";
        }

        if (columns.Length > 3 && columns[3].Length > 0)
        {
            yield return columns[3];
        }
    }

    /// <summary>The columns of a line of sites.txt: name, country, the centre's own forms, its town's forms.</summary>
    [GeneratedRegex(@"\s\|(?=\s|$)")]
    private static partial Regex Columns();
}
