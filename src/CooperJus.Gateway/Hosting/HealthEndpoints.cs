using CooperJus.Gateway.Core.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// Health, in two forms. <c>GET /health</c> answers on both listeners and says only whether the gateway can take
/// messages (<c>{"status":"healthy"}</c>, or 503 <c>{"status":"unhealthy"}</c>): anyone who reaches the partner port
/// may ask it, so it names no gateway, partner, queue or error. <c>GET /health/detail</c>, on the inside listener only,
/// adds the gateway id, the queues per partner, the audit checkpoint and the reason of a failure, for the operator's
/// monitoring.
/// </summary>
internal static class HealthEndpoints
{
    /// <summary>The operator's detailed health (inside listener).</summary>
    public const string DetailPath = "/health/detail";

    /// <summary>How long a caller of an unhealthy gateway should wait before asking again.</summary>
    private const string RetryAfterSeconds = "10";

    public static void Map(IEndpointRouteBuilder app, GatewayServices services)
    {
        app.MapGet(PartnerProtocol.HealthPath, async (HttpContext context, CancellationToken cancellationToken) =>
        {
            try
            {
                await services.Store.CheckReadableAsync(cancellationToken).ConfigureAwait(false);
                return Results.Json(new { status = "healthy" });
            }
            catch (Exception e) when (e is SqliteException or IOException or ObjectDisposedException)
            {
                context.Response.Headers.RetryAfter = RetryAfterSeconds;
                return Results.Json(new { status = "unhealthy" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        app.MapGet(DetailPath, async (HttpContext context, AuditHealth auditHealth, CancellationToken cancellationToken) =>
        {
            try
            {
                var queues = await services.Store.CountByPartnerAsync(cancellationToken).ConfigureAwait(false);
                var audit = auditHealth.Current;
                // Degraded, not down: messages still flow and are still recorded; only checkpoint signing stopped.
                return Results.Json(new
                {
                    status = audit.Refused ? "degraded" : "healthy",
                    gateway = services.Messaging.GatewayId,
                    queues,
                    audit = new
                    {
                        checkpointedThrough = audit.LastCheckpoint?.Sequence,
                        checkpointedAt = audit.LastCheckpoint?.At,
                        checkpointSigning = audit.Refused ? "refused: see the gateway's log and run `cooperjus audit verify`" : "ok",
                    },
                });
            }
            catch (Exception e) when (e is SqliteException or IOException or ObjectDisposedException)
            {
                context.Response.Headers.RetryAfter = RetryAfterSeconds;
                return Results.Json(new { status = "unhealthy", reason = e.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
    }
}
