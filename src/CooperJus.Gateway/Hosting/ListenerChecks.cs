using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// The configuration problems of the listeners, for the gateway's one-message list: a development listener
/// (<c>Urls</c>) beyond loopback, endpoints other than <c>Partner</c> and <c>Inside</c>, plain http on a network
/// address with no TLS proxy named, a port out of range, https without a certificate file that exists and loads (with
/// its key and password). Whether an address can be bound is checked by <see cref="ListenerProbe"/>.
/// </summary>
internal static class ListenerChecks
{
    private const string Advice = "Give the partner protocol and the inside surfaces listeners of their own with "
        + "Kestrel:Endpoints:Partner:Url and Kestrel:Endpoints:Inside:Url (see deploy/gateway.sample.json).";

    private const string EverySurface = "every surface (partner protocol, intake API, auditor view, detailed health)";

    /// <summary>Adds the problems of the listener settings; <paramref name="behindProxy"/>: a TLS proxy is named in <c>ForwardedHeaders</c>.</summary>
    public static void Check(IConfiguration configuration, bool behindProxy, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var endpoints = configuration.GetSection(ListenerLayout.EndpointsSection).GetChildren().ToList();
        if (endpoints.Count == 0) CheckDevelopment(configuration, problems);
        foreach (var endpoint in endpoints) CheckEndpoint(configuration, endpoint, behindProxy, problems);
    }

    private static void CheckDevelopment(IConfiguration configuration, List<string> problems)
    {
        var urls = configuration["Urls"];
        if (string.IsNullOrWhiteSpace(urls))
        {
            // Without Urls, Kestrel falls back to HTTP_PORTS / HTTPS_PORTS (every address), else to localhost:5000.
            var ports = new[] { configuration["HTTP_PORTS"], configuration["HTTPS_PORTS"] }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
            if (ports.Count > 0)
                problems.Add($"HTTP_PORTS/HTTPS_PORTS ('{string.Join("', '", ports)}') listen on every address of this machine, with {EverySurface} on one listener. {Advice}");
            return;
        }
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Parsed(url) is not { } address) problems.Add($"Urls: '{url}' is not an address to listen on.");
            else if (PortProblem(address) is { } port) problems.Add($"Urls: '{url}' {port}.");
            else if (!IsLoopback(address))
                problems.Add($"Urls: '{url}' listens beyond this machine; Urls puts {EverySurface} on one listener and is for development on loopback only. {Advice}");
        }
    }

    private static void CheckEndpoint(IConfiguration configuration, IConfigurationSection endpoint, bool behindProxy, List<string> problems)
    {
        var where = $"{ListenerLayout.EndpointsSection}:{endpoint.Key}";
        if (ListenerLayout.ListenerNamed(endpoint.Key) is not { } listener)
        {
            problems.Add($"{where}: the gateway has two listeners, Partner (the partner protocol) and Inside (intake API, auditor view, detailed health); name each endpoint after one of them.");
            return;
        }
        var url = endpoint["Url"];
        if (string.IsNullOrWhiteSpace(url) || Parsed(url) is not { Scheme: "http" or "https" } address)
        {
            problems.Add($"{where}:Url '{url}' is not an http:// or https:// address to listen on, such as {Example(listener)}.");
            return;
        }
        if (PortProblem(address) is { } port)
        {
            problems.Add($"{where}:Url '{url}' {port}.");
            return;
        }
        if (address.Scheme == "https") CheckCertificate(configuration, endpoint, where, problems);
        else if (!IsLoopback(address) && !behindProxy)
            problems.Add($"{where}:Url '{url}' is plain http on a network address: {Carried(listener)} would cross the network unencrypted. "
                + "Use https:// with a Certificate:Path, or put a TLS proxy in front and name it in ForwardedHeaders:KnownProxies or KnownNetworks.");
    }

    private static void CheckCertificate(IConfiguration configuration, IConfigurationSection endpoint, string where, List<string> problems)
    {
        var own = endpoint.GetSection("Certificate");
        var (certificate, named) = own.Exists() ? (own, $"{where}:Certificate") : (configuration.GetSection("Kestrel:Certificates:Default"), "Kestrel:Certificates:Default");
        if (!certificate.Exists())
        {
            problems.Add($"{where}: https needs a certificate; give Certificate:Path (a PEM or PFX file) and, for PEM, Certificate:KeyPath.");
            return;
        }
        // A certificate from the machine's store is found (or not) by Kestrel itself.
        if (!string.IsNullOrEmpty(certificate["Subject"])) return;
        if (string.IsNullOrWhiteSpace(certificate["Path"])) problems.Add($"{named}:Path is missing; give the certificate file (PEM or PFX).");
        var unusable = false;
        foreach (var key in new[] { "Path", "KeyPath" })
        {
            if (certificate[key] is { Length: > 0 } file && FileProblem(file) is { } problem)
            {
                problems.Add($"{named}:{key} '{file}' {problem}.");
                unusable = true;
            }
        }
        if (!unusable && certificate["Path"] is { Length: > 0 } path && ListenerCertificate.Problem(path, certificate["KeyPath"], certificate["Password"]) is { } loadProblem)
            problems.Add($"{named}: {loadProblem}");
    }

    /// <summary>Why the port of <paramref name="address"/> cannot be listened on (Kestrel would crash on it), or null.</summary>
    private static string? PortProblem(BindingAddress address) =>
        address.IsUnixPipe || address.Port is >= 0 and <= 65535 ? null : $"has port {address.Port}; a port is a number from 1 to 65535";

    private static string? FileProblem(string file)
    {
        if (!File.Exists(file)) return "does not exist";
        try
        {
            using var opened = File.OpenRead(file);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return "cannot be read by the gateway's user";
        }
    }

    private static string Example(GatewayListener listener) => listener == GatewayListener.Partner ? "https://0.0.0.0:8443" : "http://127.0.0.1:5100";

    private static string Carried(GatewayListener listener) =>
        listener == GatewayListener.Partner ? "partners' cooperation requests" : "the API key, auditors' passwords and case data";

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

    /// <summary>Whether only this machine can connect: localhost, a loopback address, or a Unix socket.</summary>
    private static bool IsLoopback(BindingAddress address) =>
        address.IsUnixPipe
        || string.Equals(address.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
