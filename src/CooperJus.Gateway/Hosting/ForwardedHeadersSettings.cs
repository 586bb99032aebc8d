using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// The reverse proxies in front of the gateway (section <c>ForwardedHeaders</c>). From those addresses only, the
/// gateway takes <c>X-Forwarded-For</c> (the client's address, for logs and rate limits) and
/// <c>X-Forwarded-Proto</c> (so a request that reached the proxy over TLS counts as https, and the auditor view's
/// cookies are marked Secure). From anyone else both headers are ignored, since any client can write them.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ForwardedHeaders";

    /// <summary>
    /// IP addresses of the proxies (<c>10.0.0.5</c>, <c>::1</c>). <value>The default value is empty: no proxy is
    /// trusted and forwarded headers are ignored.</value>
    /// </summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of the proxies in CIDR notation (<c>10.0.0.0/24</c>). <value>The default value is empty.</value></summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>Whether any proxy is named.</summary>
    public bool AnyProxy => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>Reads the section and adds its problems (and that of ASP.NET Core's own switch) to <paramref name="problems"/>.</summary>
    public static ForwardedHeadersSettings Read(IConfiguration configuration, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(problems);
        var settings = OptionsReader.Read<ForwardedHeadersSettings>(configuration, SectionName, problems);
        foreach (var proxy in settings.KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
            problems.Add($"{SectionName}:KnownProxies: '{proxy}' is not an IP address.");
        foreach (var network in settings.KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
            problems.Add($"{SectionName}:KnownNetworks: '{network}' is not a network in CIDR notation (such as 10.0.0.0/24).");
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED makes ASP.NET Core believe these headers from ANY address.
        if (bool.TryParse(configuration["ForwardedHeaders_Enabled"], out var trustEveryone) && trustEveryone)
            problems.Add($"ForwardedHeaders_Enabled would trust forwarded headers from any address; name the proxies in {SectionName}:KnownProxies or KnownNetworks instead.");
        return settings;
    }

    /// <summary>
    /// The middleware's options: X-Forwarded-For and X-Forwarded-Proto, from the named proxies only (ASP.NET Core's
    /// default of trusting loopback is dropped), one hop (the proxy that connects to the gateway).
    /// </summary>
    public ForwardedHeadersOptions ToOptions()
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = 1 };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in KnownProxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
        foreach (var network in KnownNetworks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        return options;
    }
}
