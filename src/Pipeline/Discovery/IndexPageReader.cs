using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using HtmlAgilityPack;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Parsing.Readers;

namespace MigrationFeeds.Pipeline.Discovery;

/// <summary>A document link on a publisher's listing page, with the date the page shows beside it.</summary>
public sealed record IndexPageLink
{
    public required Uri Url { get; init; }
    public string? Title { get; init; }
    public DateOnly? Published { get; init; }
}

/// <summary>Reads the document links of a listing page: every link whose address matches the source's pattern.</summary>
public static partial class IndexPageReader
{
    public static IReadOnlyList<IndexPageLink> Read(string html, Uri page, Regex documentLink)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(documentLink);

        var doc = HtmlTree.Load(html)
            ?? throw new DiscoveryException($"The listing page {page} nests elements more than {HtmlTree.MaxDepth} levels deep; it is not read.");

        var anchors = doc.DocumentNode.SelectNodes("//a[@href]");
        if (anchors is null)
        {
            return [];
        }

        var matching = new List<(HtmlNode Anchor, Uri Url)>();
        foreach (var anchor in anchors)
        {
            var href = WebUtility.HtmlDecode(anchor.GetAttributeValue("href", "")).Trim();
            if (Uri.TryCreate(page, href, out var url)
                && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
                && documentLink.IsMatch(url.AbsoluteUri))
            {
                matching.Add((anchor, url));
            }
        }

        var links = new List<IndexPageLink>();
        var seen = new HashSet<Uri>();
        foreach (var (anchor, url) in matching)
        {
            if (!seen.Add(url))
            {
                continue;
            }

            var title = Clean(HtmlTree.Text(anchor));
            links.Add(new IndexPageLink
            {
                Url = url,
                Title = title.Length == 0 ? null : title,
                Published = DateBeside(anchor, matching.Count),
            });
        }

        return links;
    }

    /// <summary>
    /// The date in the link's own text or in the smallest enclosing element that holds no other document link
    /// (a list item, a table row, a news teaser); listings put the publication date there.
    /// </summary>
    private static DateOnly? DateBeside(HtmlNode anchor, int documentLinks)
    {
        for (var node = anchor; node is not null && node.NodeType == HtmlNodeType.Element; node = node.ParentNode)
        {
            if (node != anchor && documentLinks > 1 && node.SelectNodes(".//a[@href]")?.Count > 1)
            {
                return null;
            }

            var date = FindDate(HtmlTree.Text(node));
            if (date is not null)
            {
                return date;
            }
        }

        return null;
    }

    internal static DateOnly? FindDate(string text)
    {
        var m = DatePattern().Match(WebUtility.HtmlDecode(text));
        if (!m.Success)
        {
            return null;
        }

        var (y, mo, d) = m.Groups["iy"].Success
            ? (m.Groups["iy"].Value, m.Groups["im"].Value, m.Groups["id"].Value)
            : (m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
        return PeriodText.TryParseDay($"{y}-{int.Parse(mo, CultureInfo.InvariantCulture):00}-{int.Parse(d, CultureInfo.InvariantCulture):00}", out var date)
            ? date
            : null;
    }

    private static string Clean(string text) => Whitespace().Replace(WebUtility.HtmlDecode(text), " ").Trim();

    // 12.02.2023, 12. 2. 2023., 12/02/2023 as the region writes dates; 2023-02-12 as sites built on ISO write them.
    [GeneratedRegex(@"(?<![\d.])(?:(?<d>\d{1,2})\s?[./]\s?(?<m>\d{1,2})\s?[./]\s?(?<y>(?:19|20)\d{2})|(?<iy>(?:19|20)\d{2})-(?<im>\d{2})-(?<id>\d{2}))(?!\d)")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
