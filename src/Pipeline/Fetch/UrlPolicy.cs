using System.Net;
using System.Net.Sockets;
using MigrationFeeds.Pipeline.Options;
using Microsoft.Extensions.Options;

namespace MigrationFeeds.Pipeline.Fetch;

/// <summary>
/// What a fetch may ask for, checked before every request and after every redirect: http or https only, a host the
/// source declares, no address literal in a forbidden range; and at connect time, every address the host resolves to
/// (so a name that resolves to an internal address, or one that changes its answer, gets nowhere).
/// Loopback is allowed on one port only, and only when <see cref="FetchOptions.TestLoopbackPort"/> is set (tests).
/// </summary>
public sealed class UrlPolicy(IOptions<FetchOptions> options, IHostResolver resolver)
{
    /// <summary>Why the URL may not be fetched for a source of <paramref name="hosts"/>; null when it may.</summary>
    public string? Refusal(Uri url, IReadOnlyCollection<string> hosts)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(hosts);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return $"refused: only http and https are fetched, not {(url.IsAbsoluteUri ? url.Scheme : "a relative address")}";
        }

        if (IsTestUpstream(url))
        {
            return null;
        }

        if (IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal) && AddressGuard.Refusal(literal) is { } why)
        {
            return $"refused: {url.Host} is {why}";
        }

        var authority = url.IsDefaultPort ? url.IdnHost : $"{url.IdnHost}:{url.Port}";
        return hosts.Any(h => h.Equals(authority, StringComparison.OrdinalIgnoreCase))
            ? null
            : $"refused: {authority} is not a host this source fetches from ({string.Join(", ", hosts)})";
    }

    /// <summary>
    /// Connects to the first address of the host that may be reached, or refuses. The SocketsHttpHandler calls this for
    /// every new connection, so the check is on the address actually connected to, from a lookup made for this connection
    /// and no earlier one.
    /// </summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.DnsEndPoint.Host;
        var port = context.DnsEndPoint.Port;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await resolver.ResolveAsync(host, cancellationToken).ConfigureAwait(false);
        var allowed = addresses.Where(a => MayConnect(a, port)).ToArray();
        if (allowed.Length == 0)
        {
            var first = addresses.FirstOrDefault();
            throw new AddressRefusedException(first is null
                ? $"refused: {host} resolves to no address"
                : $"refused: {host} resolves to {first}, {AddressGuard.Refusal(first) ?? "an address not allowed"}");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private bool MayConnect(IPAddress address, int port) =>
        AddressGuard.Refusal(address) is null || (options.Value.TestLoopbackPort == port && AddressGuard.IsLoopback(address));

    private bool IsTestUpstream(Uri url) =>
        options.Value.TestLoopbackPort is { } port && url.Port == port
        && IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var ip) && AddressGuard.IsLoopback(ip);
}
