using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// The client address as evidence and rate limits name it: an IPv4 address as such, an IPv6 address by its /64 prefix
/// (one subscriber usually holds a whole /64, so counting single IPv6 addresses would let one sender take 2^64 shares).
/// Behind a reverse proxy this is the proxy's address unless the gateway trusts that proxy's forwarded headers.
/// </summary>
internal static class ClientAddress
{
    /// <summary>The key under which the client of <paramref name="context"/> is counted; <c>unknown</c> when there is none (all such clients share one).</summary>
    public static string KeyOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Of(context.Connection.RemoteIpAddress) ?? "unknown";
    }

    /// <summary>The address of <paramref name="address"/> (<c>203.0.113.7</c>, <c>2001:db8:1:2::/64</c>), or null when unknown.</summary>
    public static string? Of(IPAddress? address)
    {
        if (address is null) return null;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6 || IPAddress.IsLoopback(address)) return address.ToString();
        var bytes = address.GetAddressBytes();
        bytes.AsSpan(8).Clear();
        return $"{new IPAddress(bytes)}/64";
    }
}
