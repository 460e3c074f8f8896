using System.Net;

namespace MigrationFeeds.Pipeline.Fetch;

/// <summary>
/// Resolves a host name for a connection about to be made (<see cref="UrlPolicy.ConnectAsync"/>). The system's DNS in
/// the app; a test replaces it to act out a name whose answer changes between lookups (DNS rebinding).
/// </summary>
public interface IHostResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

internal sealed class DnsHostResolver : IHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) => Dns.GetHostAddressesAsync(host, cancellationToken);
}
