using System.Diagnostics;
using System.Globalization;
using CooperJus.Gateway.Core.Inbound;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// <c>POST /partner/v1/messages</c> (docs/partner-protocol.openapi.yaml): takes the body within the memory budget,
/// hands it to the <see cref="InboundProcessor"/> with the client's address, and answers with its signed receipt.
/// </summary>
/// <remarks>
/// Bounds, in the order they apply: a body declared larger than <see cref="MaxRequestBytes"/> is answered 413 at once,
/// unread and unsigned (Kestrel also stops an undeclared one there); a body that would take the bytes held over
/// <see cref="PartnerEndpointOptions.MaxBufferedBytes"/> is answered 503 with Retry-After, unread; a body over
/// <c>Messaging:MaxEnvelopeBytes</c> (and within <see cref="MaxRequestBytes"/>) is hashed to its end, only its head
/// kept, and refused with a signed 413 that names its SHA-256.
/// </remarks>
internal static class PartnerMessageEndpoint
{
    /// <summary>
    /// The Retry-After of a 503 when the body budget is spent: the bodies in hand are checked in well under a second,
    /// and Retry-After counts whole seconds.
    /// </summary>
    private static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>The client address counted when the server cannot tell one.</summary>
    private const string UnknownClient = "unknown";

    public static void Map(IEndpointRouteBuilder app, GatewayServices services) =>
        app.MapPost(PartnerProtocol.MessagesPath, (HttpContext context) => HandleAsync(context, services));

    /// <summary>
    /// The most bytes of one request read: twice the envelope limit, and at least 1 MiB beyond it. A body over the
    /// limit but within this is read to its end (hashed, not kept), so its signed refusal names the bytes sent; beyond
    /// it, reading it would only cost bandwidth for a body no partner sends.
    /// </summary>
    public static long MaxRequestBytes(long maxEnvelopeBytes) => maxEnvelopeBytes + Math.Max(maxEnvelopeBytes, 1024 * 1024);

    private static async Task HandleAsync(HttpContext context, GatewayServices services)
    {
        var declared = context.Request.ContentLength;
        var client = ClientAddress.Of(context.Connection.RemoteIpAddress);
        var cap = MaxRequestBytes(services.Messaging.MaxEnvelopeBytes);
        if (declared > cap)
        {
            await TooLargeToReadAsync(context, services, client, cap).ConfigureAwait(false);
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = cap;
        using var lease = services.BodyBudget.TryReserve(declared);
        if (!lease.IsAcquired)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = Seconds(BusyRetryAfter);
            return;
        }
        InboundAnswer answer;
        // A child of the server span, which ASP.NET Core continued from the sender's traceparent when tracing is on.
        using var activity = GatewayTelemetry.Source.StartActivity(GatewayTelemetry.Receive);
        try
        {
            answer = await services.Inbound.ReceiveAsync(context.Request.Body, new InboundRequest(client, declared), context.RequestAborted).ConfigureAwait(false);
            services.Metrics.Received(answer.Outcome);
            activity?.SetTag("cooperjus.inbound.outcome", answer.Outcome);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await TooLargeToReadAsync(context, services, client, cap).ConfigureAwait(false);
            return;
        }
        await WriteAsync(context, answer).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpContext context, InboundAnswer answer)
    {
        context.Response.StatusCode = answer.StatusCode;
        if (answer.RetryAfter is { } retryAfter) context.Response.Headers.RetryAfter = Seconds(retryAfter);
        if (answer.Receipt.IsEmpty) return;
        context.Response.ContentType = PartnerProtocol.MediaType;
        await context.Response.Body.WriteAsync(answer.Receipt, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>A body beyond <see cref="MaxRequestBytes"/>: nothing to sign for (its hash is unknown) and nothing recorded, only counted.</summary>
    private static Task TooLargeToReadAsync(HttpContext context, GatewayServices services, string? client, long cap)
    {
        services.NotRecorded.Count(client ?? UnknownClient);
        return Results.Problem($"The body is larger than {cap} bytes; this gateway accepts envelopes of at most {services.Messaging.MaxEnvelopeBytes} bytes and did not read it.",
            statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
    }

    private static string Seconds(TimeSpan delay) => Math.Max(1, (long)Math.Ceiling(delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
