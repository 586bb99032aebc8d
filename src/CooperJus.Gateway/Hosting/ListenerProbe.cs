using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// Binds every address the gateway will listen on and releases it again, before Kestrel starts: a port already in use,
/// a port below 1024 without the privilege, or an address that is not this machine's is then a line of the start-up
/// list (exit 2) rather than Kestrel's stack trace. The sockets are held until all are bound, so two endpoints on the
/// same address are found too. Addresses <see cref="ListenerChecks"/> already refused are skipped.
/// </summary>
internal static class ListenerProbe
{
    /// <summary>Adds a problem for each configured listen address that cannot be bound; returns the addresses that can.</summary>
    public static IReadOnlyList<string> Check(IConfiguration configuration, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var bound = new List<Socket>();
        var usable = new List<string>();
        try
        {
            foreach (var (where, url) in Addresses(configuration))
            {
                if (Parsed(url) is not { IsUnixPipe: false, Port: >= 0 and <= 65535 } address) continue;
                if (Bind(address, bound) is { } problem) problems.Add($"{where} '{url}' cannot be listened on: {problem}");
                else usable.Add($"{where} {url}");
            }
        }
        finally
        {
            foreach (var socket in bound) socket.Dispose();
        }
        return usable;
    }

    /// <summary>The configured listen addresses, each with the setting it comes from.</summary>
    private static IEnumerable<(string Where, string Url)> Addresses(IConfiguration configuration)
    {
        var endpoints = configuration.GetSection(ListenerLayout.EndpointsSection).GetChildren().ToList();
        foreach (var endpoint in endpoints)
        {
            if (endpoint["Url"] is { Length: > 0 } url) yield return ($"{ListenerLayout.EndpointsSection}:{endpoint.Key}:Url", url);
        }
        if (endpoints.Count > 0) yield break;
        foreach (var url in (configuration["Urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            yield return ("Urls", url);
    }

    private static string? Bind(BindingAddress address, List<Socket> bound)
    {
        foreach (var endpoint in EndPoints(address))
        {
            var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                if (endpoint.AddressFamily == AddressFamily.InterNetworkV6 && endpoint.Address.Equals(IPAddress.IPv6Any)) socket.DualMode = true;
                socket.Bind(endpoint);
                socket.Listen();
                bound.Add(socket);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                // localhost is bound on IPv4 and IPv6 by Kestrel; a machine without IPv6 is not a problem.
                if (endpoint.AddressFamily == AddressFamily.InterNetworkV6 && address.Host == "localhost" && e.SocketErrorCode == SocketError.AddressNotAvailable) continue;
                return Describe(e, address.Port);
            }
        }
        return null;
    }

    private static IEnumerable<IPEndPoint> EndPoints(BindingAddress address)
    {
        var host = address.Host.Trim('[', ']');
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
            return Socket.OSSupportsIPv6 ? [new(IPAddress.Loopback, address.Port), new(IPAddress.IPv6Loopback, address.Port)] : [new(IPAddress.Loopback, address.Port)];
        if (IPAddress.TryParse(host, out var ip)) return [new(ip, address.Port)];
        // "*", "+" or a host name: Kestrel listens on every address.
        return [Socket.OSSupportsIPv6 ? new IPEndPoint(IPAddress.IPv6Any, address.Port) : new IPEndPoint(IPAddress.Any, address.Port)];
    }

    private static string Describe(SocketException e, int port) => e.SocketErrorCode switch
    {
        SocketError.AddressAlreadyInUse => $"address already in use (by another process, this gateway itself if it is already running, or another endpoint of this configuration: see `ss -ltnp 'sport = :{port}'`).",
        SocketError.AccessDenied => $"permission denied (a port below 1024 needs root or CAP_NET_BIND_SERVICE; use a higher port such as 8443).",
        SocketError.AddressNotAvailable => "the address is not one of this machine's.",
        _ => $"{e.Message.TrimEnd('.')}.",
    };

    private static BindingAddress? Parsed(string url)
    {
        try
        {
            return BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
