using System.Collections.Frozen;
using CooperJus.Gateway.Core.Messaging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// Which listener answers which route. The partner listener serves exactly the routes listed here; every other route
/// belongs to the inside listener alone, so a route added later is never exposed to partners by omission.
/// </summary>
internal static class ListenerRoutes
{
    /// <summary>Routes only partners reach.</summary>
    private static readonly FrozenSet<string> PartnerOnly = new[] { PartnerProtocol.MessagesPath }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Routes both listeners answer: a load balancer in front of either asks whether the gateway is up.</summary>
    private static readonly FrozenSet<string> Both = new[] { PartnerProtocol.HealthPath }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="listener"/> answers the route the request matched (<paramref name="endpoint"/>, null
    /// when none matched). Decided on the route routing chose, not on the raw path, so case or encoding tricks in the
    /// path cannot reach a route from the other listener.
    /// </summary>
    public static bool Serves(GatewayListener listener, Endpoint? endpoint)
    {
        var pattern = (endpoint as RouteEndpoint)?.RoutePattern.RawText?.TrimEnd('/');
        var partnerOnly = pattern is not null && PartnerOnly.Contains(pattern);
        var both = pattern is not null && Both.Contains(pattern);
        return listener == GatewayListener.Partner ? partnerOnly || both : !partnerOnly;
    }
}
