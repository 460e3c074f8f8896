using MigrationFeeds.Pipeline.Options;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Discovery;

/// <summary>Lists the reports of a ReliefWeb search, page by page.</summary>
public sealed class ReliefWebDiscovery(ListingFetcher listings, IOptions<ReliefWebOptions> options)
{
    /// <summary>Where ReliefWeb's listings, report pages and files are: its site and its API.</summary>
    public IReadOnlyCollection<string> Hosts { get; } =
        ["reliefweb.int", options.Value.BaseUri.IsDefaultPort ? options.Value.BaseUri.Host : options.Value.BaseUri.Authority];

    public async Task<IReadOnlyList<ReliefWebReport>> ListAsync(Sources.ISource source, ReliefWebQuery query, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var reports = new List<ReliefWebReport>();
        for (var offset = 0; ; offset += o.PageSize)
        {
            var url = query.ToUri(o.BaseUri, o.AppName, o.PageSize, offset);
            var body = await listings.GetAsync(source, url, cancellationToken).ConfigureAwait(false);
            ReliefWebPage page;
            try
            {
                page = ReliefWebListingReader.Read(body);
            }
            catch (InvalidDataException e)
            {
                throw new DiscoveryException($"ReliefWeb answered {ListingFetcher.Redact(url)} with something else than a listing: {e.Message}", e);
            }

            reports.AddRange(page.Reports);
            if (page.Reports.Count == 0 || offset + page.Reports.Count >= page.TotalCount)
            {
                return reports;
            }
        }
    }
}
