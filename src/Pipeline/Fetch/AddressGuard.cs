using System.Net;
using System.Net.Sockets;

namespace MigrationFeeds.Pipeline.Fetch;

/// <summary>
/// The addresses a fetch may never reach, whatever a listing links to or a redirect says: loopback, private, link-local
/// (the cloud metadata endpoints among them), shared (CGNAT), unique-local, multicast and unspecified ranges, and Azure's
/// platform address. IPv4 written inside IPv6 (mapped, compatible, NAT64, 6to4) is checked as the IPv4 it carries.
/// </summary>
public static class AddressGuard
{
    private static readonly (IPAddress Network, int Prefix, string What)[] Forbidden =
    [
        (IPAddress.Parse("0.0.0.0"), 8, "an unspecified address"),
        (IPAddress.Parse("10.0.0.0"), 8, "a private address"),
        (IPAddress.Parse("100.64.0.0"), 10, "a shared (CGNAT) address"),
        (IPAddress.Parse("127.0.0.0"), 8, "a loopback address"),
        (IPAddress.Parse("169.254.0.0"), 16, "a link-local address (cloud metadata)"),
        (IPAddress.Parse("172.16.0.0"), 12, "a private address"),
        (IPAddress.Parse("192.0.0.0"), 24, "a protocol-assignment address"),
        (IPAddress.Parse("192.168.0.0"), 16, "a private address"),
        (IPAddress.Parse("198.18.0.0"), 15, "a benchmarking address"),
        (IPAddress.Parse("168.63.129.16"), 32, "the Azure platform address"),
        (IPAddress.Parse("224.0.0.0"), 3, "a multicast or reserved address"),
        (IPAddress.Parse("::"), 128, "an unspecified address"),
        (IPAddress.Parse("::1"), 128, "a loopback address"),
        (IPAddress.Parse("fc00::"), 7, "a unique-local address (cloud metadata)"),
        (IPAddress.Parse("fe80::"), 10, "a link-local address"),
        (IPAddress.Parse("ff00::"), 8, "a multicast address"),
    ];

    private static readonly IPAddress Nat64 = IPAddress.Parse("64:ff9b::");
    private static readonly IPAddress SixToFour = IPAddress.Parse("2002::");

    /// <summary>Why the address may not be fetched from; null when it may.</summary>
    public static string? Refusal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var ip = Embedded(address);
        foreach (var (network, prefix, what) in Forbidden)
        {
            if (network.AddressFamily == ip.AddressFamily && InPrefix(ip, network, prefix))
            {
                return what;
            }
        }

        return null;
    }

    public static bool IsLoopback(IPAddress address) => IPAddress.IsLoopback(Embedded(address));

    /// <summary>The IPv4 address an IPv6 one carries (mapped, compatible, NAT64, 6to4); the address itself otherwise.</summary>
    private static IPAddress Embedded(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        if (InPrefix(address, Nat64, 96) || (bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && bytes.AsSpan(12).IndexOfAnyExcept((byte)0) >= 0 && !IPAddress.IsLoopback(address)))
        {
            return new IPAddress(bytes.AsSpan(12, 4));
        }

        return InPrefix(address, SixToFour, 16) ? new IPAddress(bytes.AsSpan(2, 4)) : address;
    }

    private static bool InPrefix(IPAddress address, IPAddress network, int prefix)
    {
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        var whole = prefix / 8;
        if (!a.AsSpan(0, whole).SequenceEqual(n.AsSpan(0, whole)))
        {
            return false;
        }

        var rest = prefix % 8;
        if (rest == 0)
        {
            return true;
        }

        var mask = (byte)(0xFF << (8 - rest));
        return (a[whole] & mask) == (n[whole] & mask);
    }
}

/// <summary>A connection refused because the host resolved to an address no fetch may reach; never retried.</summary>
public sealed class AddressRefusedException(string message) : IOException(message);
