using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace CooperJus.Gateway.Web;

/// <summary>
/// The key under which sign-in attempts of one client are counted: its IPv4 address, or the /64 network of its IPv6
/// address (one household or office typically has a whole /64, so counting single IPv6 addresses would count nothing).
/// Behind a reverse proxy this is the proxy's address unless the gateway trusts that proxy's forwarded headers.
/// </summary>
internal static class ClientAddress
{
    /// <summary>The key of the client of <paramref name="context"/>.</summary>
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Of(context.Connection.RemoteIpAddress);
    }

    /// <summary>The key of <paramref name="address"/>; <c>unknown</c> when there is none (all such clients share one).</summary>
    public static string Of(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
