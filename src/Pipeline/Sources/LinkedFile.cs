using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// One file linked from a publisher's page whose name changes with every release (it carries the release date), so
/// the page is read for the current link.
/// </summary>
public sealed record LinkedFile : SourceDiscovery
{
    public required Uri Page { get; init; }

    /// <summary>
    /// Finds the link in the page's HTML: group <c>href</c> is the address, group <c>date</c> the release date in the
    /// name (<c>yyyy_MM_dd</c> or <c>yyyy-MM-dd</c>). The first https link that matches is taken.
    /// </summary>
    public required Regex Link { get; init; }

    public required string Title { get; init; }

    public required CountryCode Country { get; init; }

    public override IReadOnlyCollection<string> Hosts(DiscoveryServices services) => [HostOf(Page)];

    public override async Task<IReadOnlyList<DiscoveredDocument>> DiscoverAsync(ISource source, DiscoveryServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var page = await services.Listings.GetAsync(source, Page, cancellationToken).ConfigureAwait(false);
        var document = Find(Encoding.UTF8.GetString(page.Span))
            ?? throw new DiscoveryException($"No link matching {Link} on {Page}.");
        return [document];
    }

    /// <summary>The file linked from the page, with the release date its name carries; null when none is linked.</summary>
    public DiscoveredDocument? Find(string html)
    {
        foreach (Match m in Link.Matches(html))
        {
            if (!Uri.TryCreate(Page, WebUtility.HtmlDecode(m.Groups["href"].Value), out var url) || url.Scheme != Uri.UriSchemeHttps)
            {
                continue;
            }

            DateOnly? released = DateOnly.TryParseExact(m.Groups["date"].Value.Replace('-', '_'), "yyyy_MM_dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : null;
            return new DiscoveredDocument
            {
                Url = url,
                Role = DocumentRole.Primary,
                Country = Country,
                Title = Title,
                Published = released,
            };
        }

        return null;
    }
}
