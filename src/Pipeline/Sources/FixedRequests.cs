using MigrationFeeds.Pipeline.Discovery;

namespace MigrationFeeds.Pipeline.Sources;

/// <summary>
/// A statistics API asked the same requests every run (a dataset since a first period, a country since a first year):
/// nothing to list, the documents are the requests themselves, and a new period comes with the same address.
/// </summary>
public sealed record FixedRequests : SourceDiscovery
{
    public required IReadOnlyList<DiscoveredDocument> Documents { get; init; }

    public override IReadOnlyCollection<string> Hosts(DiscoveryServices services) =>
        [.. Documents.Select(d => HostOf(d.Url)).Distinct(StringComparer.OrdinalIgnoreCase)];

    public override Task<IReadOnlyList<DiscoveredDocument>> DiscoverAsync(ISource source, DiscoveryServices services, CancellationToken cancellationToken) =>
        Task.FromResult(Documents);
}
