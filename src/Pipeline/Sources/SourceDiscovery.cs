using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// How a source's documents are found: one strategy for each way publishers list what they publish. A source's
/// own addresses, patterns and titles are the strategy's values, set in its <see cref="SourceDefinition"/>.
/// </summary>
public abstract record SourceDiscovery
{
    /// <summary>
    /// The hosts its listings and documents are fetched from (<c>host</c>, or <c>host:port</c> for another port than the
    /// scheme's); a link to any other host is refused.
    /// </summary>
    public abstract IReadOnlyCollection<string> Hosts(DiscoveryServices services);

    /// <summary>The documents to fetch, oldest first where the listing dates them.</summary>
    /// <exception cref="DiscoveryException">The listing cannot be read, or no longer lists what it used to.</exception>
    public abstract Task<IReadOnlyList<DiscoveredDocument>> DiscoverAsync(ISource source, DiscoveryServices services, CancellationToken cancellationToken);

    /// <summary>How a host is written in <see cref="Hosts"/>: with its port when that is not the scheme's.</summary>
    protected static string HostOf(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsDefaultPort ? url.Host : url.Authority;
    }
}

/// <summary>What discovery strategies read listings with.</summary>
public sealed class DiscoveryServices(ReliefWebDiscovery reliefWeb, ListingFetcher listings, TimeProvider clock)
{
    public ReliefWebDiscovery ReliefWeb => reliefWeb;

    public ListingFetcher Listings => listings;

    public TimeProvider Clock => clock;
}
