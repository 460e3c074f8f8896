using System.Text;
using System.Text.RegularExpressions;
using MigrationFeeds.Parsing.Model;
using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// A publisher without an API: its documents are the links of its own listing pages (a ministry's statistics page,
/// a news archive).
/// </summary>
public sealed record IndexPageListing : SourceDiscovery
{
    /// <summary>The listing pages, newest first; the first is enough to find new documents, the rest hold the archive.</summary>
    public required IReadOnlyList<Uri> IndexPages { get; init; }

    /// <summary>Matched against each link's absolute address; only matching links are documents.</summary>
    public required Regex DocumentLink { get; init; }

    /// <summary>The project's code of the country the documents are about (figures default to it).</summary>
    public required CountryCode Country { get; init; }

    /// <summary>Hosts documents are linked on besides the listing pages' own (a download server).</summary>
    public IReadOnlyList<string> DocumentHosts { get; init; } = [];

    public override IReadOnlyCollection<string> Hosts(DiscoveryServices services) =>
        [.. IndexPages.Select(HostOf).Concat(DocumentHosts).Distinct(StringComparer.OrdinalIgnoreCase)];

    public override async Task<IReadOnlyList<DiscoveredDocument>> DiscoverAsync(ISource source, DiscoveryServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var documents = new List<DiscoveredDocument>();
        var seen = new HashSet<Uri>();
        foreach (var page in IndexPages)
        {
            var body = await services.Listings.GetAsync(source, page, cancellationToken).ConfigureAwait(false);
            var links = IndexPageReader.Read(Encoding.UTF8.GetString(body.Span), page, DocumentLink);
            foreach (var link in links.Where(l => seen.Add(l.Url)))
            {
                documents.Add(new DiscoveredDocument
                {
                    Url = link.Url,
                    Role = DocumentRole.Primary,
                    Country = Country,
                    Title = link.Title,
                    Published = link.Published,
                });
            }
        }

        if (documents.Count == 0)
        {
            // A listing page that links nothing we recognise has changed its layout; an empty success would hide it.
            throw new DiscoveryException($"No document link matching {DocumentLink} on {string.Join(", ", IndexPages)}.");
        }

        // Oldest first, as ReliefWeb lists them, so a revision is stored after what it revises.
        return documents.OrderBy(d => d.Published ?? DateOnly.MaxValue).ThenBy(d => d.Url.AbsoluteUri, StringComparer.Ordinal).ToList();
    }
}
