using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// Where the gateway listens, in Kestrel's own configuration format. In production each surface has a named endpoint,
/// <c>Kestrel:Endpoints:Partner</c> and <c>Kestrel:Endpoints:Inside</c> (with <c>Url</c>, and
/// <c>Certificate:Path</c>/<c>KeyPath</c>/<c>Password</c> for https): every connection is tagged with the listener it
/// came in on, and a route answers only on its own listener (<see cref="ListenerRoutes"/>), whatever Host header the
/// client sends. Without named endpoints the gateway runs in development mode: every surface on the one <c>Urls</c>
/// listener, which <see cref="ListenerChecks"/> allows on loopback only.
/// </summary>
internal sealed class ListenerLayout
{
    /// <summary>Kestrel's section of named endpoints.</summary>
    public const string EndpointsSection = "Kestrel:Endpoints";

    private static readonly object ConnectionKey = typeof(GatewayListener);

    private ListenerLayout(IReadOnlyList<GatewayListener> listeners) => Listeners = listeners;

    /// <summary>The named listeners configured; empty in development mode.</summary>
    public IReadOnlyList<GatewayListener> Listeners { get; }

    /// <summary>Whether the surfaces have listeners of their own (otherwise: development mode, all on one).</summary>
    public bool Separate => Listeners.Count > 0;

    /// <summary>The layout the configuration describes; its problems are reported by <see cref="ListenerChecks"/>.</summary>
    public static ListenerLayout Read(IConfiguration configuration) =>
        new(configuration.GetSection(EndpointsSection).GetChildren()
            .Select(endpoint => ListenerNamed(endpoint.Key)).OfType<GatewayListener>().Distinct().ToList());

    /// <summary>The listener an endpoint name stands for (case as configuration keys: ignored), or null.</summary>
    public static GatewayListener? ListenerNamed(string name) =>
        Enum.GetValues<GatewayListener>().Select(l => (GatewayListener?)l)
            .FirstOrDefault(l => string.Equals(l.ToString(), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Binds Kestrel to the configured endpoints and tags each connection with its listener.</summary>
    public void Bind(KestrelServerOptions kestrel, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(kestrel);
        var loader = kestrel.Configure(configuration.GetSection("Kestrel"));
        foreach (var listener in Listeners)
        {
            loader.Endpoint(listener.ToString(), endpoint => endpoint.ListenOptions.Use(next => connection =>
            {
                connection.Items[ConnectionKey] = listener;
                return next(connection);
            }));
        }
    }

    /// <summary>Answers 404 to a request for a route of the other listener; registered before every other middleware that acts on a route.</summary>
    public void UseGate(IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!Separate) return;
        app.Use((context, next) =>
        {
            if (ListenerOf(context) is { } listener && ListenerRoutes.Serves(listener, context.GetEndpoint())) return next(context);
            // A connection without a tag (a transport the tagging does not see) is refused too: closed by default.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    }

    private static GatewayListener? ListenerOf(HttpContext context) =>
        context.Features.Get<IConnectionItemsFeature>()?.Items.TryGetValue(ConnectionKey, out var tag) == true && tag is GatewayListener listener
            ? listener
            : null;
}
