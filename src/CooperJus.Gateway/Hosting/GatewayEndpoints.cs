using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Outbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// The gateway's HTTP surface: the partner protocol (see docs/partner-protocol.openapi.yaml), the intake for national
/// systems that push (API key), and health (<see cref="HealthEndpoints"/>). Which listener answers which route is
/// <see cref="ListenerRoutes"/>' business.
/// </summary>
internal static class GatewayEndpoints
{
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>The Prometheus scrape endpoint (inside listener only).</summary>
    public const string MetricsPath = "/metrics";

    public static void Map(IEndpointRouteBuilder app, GatewayServices services)
    {
        PartnerMessageEndpoint.Map(app, services);
        app.MapPost("/intake/v1/files", (HttpRequest request, string? name) => IntakeUploads.AcceptAsync(services, request, name ?? "upload"));
        app.MapPost("/intake/v1/responses", (HttpRequest request) =>
            IntakeUploads.AcceptAsync(services, request, $"response-{Guid.CreateVersion7():N}{OutboundSubmitter.ResponseSuffix}"));
        HealthEndpoints.Map(app, services);
    }
}
