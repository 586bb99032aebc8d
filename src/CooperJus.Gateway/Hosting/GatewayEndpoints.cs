using System.Security.Cryptography;
using System.Text;
using CooperJus.Gateway.Core.Intake;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Outbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// The gateway's HTTP surface: the partner protocol (see docs/partner-protocol.openapi.yaml), the intake for national
/// systems that push (API key), and health.
/// </summary>
internal static class GatewayEndpoints
{
    public const string ApiKeyHeader = "X-Api-Key";

    public static void Map(IEndpointRouteBuilder app, GatewayServices services)
    {
        PartnerMessageEndpoint.Map(app, services);
        app.MapPost("/intake/v1/files", (HttpRequest request, string? name, CancellationToken cancellationToken) =>
            AcceptFileAsync(services, request, name ?? "upload", cancellationToken));
        app.MapPost("/intake/v1/responses", (HttpRequest request, CancellationToken cancellationToken) =>
            AcceptFileAsync(services, request, $"response-{Guid.CreateVersion7():N}{OutboundSubmitter.ResponseSuffix}", cancellationToken));
        app.MapGet(PartnerProtocol.HealthPath, async (AuditHealth auditHealth, CancellationToken cancellationToken) =>
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
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException)
            {
                return Results.Json(new { status = "unhealthy", reason = e.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
    }

    /// <summary>
    /// Writes a pushed file into the intake folder: to a hidden temporary name, flushed to disk, then renamed, so the
    /// folder scan never sees half a file and a 202 means the file is durably there.
    /// </summary>
    private static async Task<IResult> AcceptFileAsync(GatewayServices services, HttpRequest request, string requestedName, CancellationToken cancellationToken)
    {
        if (!Authorised(services, request)) return Results.Problem("A valid X-Api-Key header is required.", statusCode: StatusCodes.Status401Unauthorized);
        var name = IntakeFolder.SafeFileName(requestedName);
        var folder = Directory.CreateDirectory(services.Intake.Path).FullName;
        var temporary = Path.Combine(folder, $".upload-{Guid.NewGuid():N}");
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            await request.Body.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
            file.Flush(flushToDisk: true);
        }
        var target = Path.Combine(folder, name);
        for (var n = 2; File.Exists(target); n++) target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}_{n}{Path.GetExtension(name)}");
        File.Move(temporary, target);
        File.WriteAllText(target + ".done", "");
        return Results.Accepted(value: new { file = Path.GetFileName(target) });
    }

    private static bool Authorised(GatewayServices services, HttpRequest request)
    {
        var expected = services.Gateway.ApiKey;
        if (expected.Length == 0 || !request.Headers.TryGetValue(ApiKeyHeader, out var given)) return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given.ToString()), Encoding.UTF8.GetBytes(expected));
    }
}
