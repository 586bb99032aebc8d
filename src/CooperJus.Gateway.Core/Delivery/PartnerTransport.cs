using System.Diagnostics;
using System.Net.Http.Headers;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Telemetry;

namespace CooperJus.Gateway.Core.Delivery;

/// <summary>
/// POSTs signed envelopes to a partner gateway (<c>POST {url}/partner/v1/messages</c>, <c>application/jose</c>). Each
/// attempt is a client span (<see cref="GatewayTelemetry.SendAttempt"/>) whose W3C <c>traceparent</c> goes with the
/// request, so a receiving gateway that traces continues the sender's trace.
/// </summary>
public sealed class PartnerTransport
{
    private readonly HttpClient _http;
    private readonly long _maxReceiptBytes;

    /// <summary>Creates a transport over <paramref name="http"/> (its own timeout is not used: Polly's is).</summary>
    public PartnerTransport(HttpClient http, long maxReceiptBytes = MessagingOptions.DefaultMaxReceiptBytes)
    {
        _http = http;
        _maxReceiptBytes = maxReceiptBytes;
    }

    /// <summary>Sends <paramref name="envelope"/> to <paramref name="partner"/>; network failures become results, not exceptions.</summary>
    public async Task<SendResult> SendAsync(Partner partner, ReadOnlyMemory<byte> envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partner);
        using var request = new HttpRequestMessage(HttpMethod.Post, partner.MessagesUrl);
        request.Content = new ReadOnlyMemoryContent(envelope);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/jose");
        using var activity = GatewayTelemetry.Source.StartActivity(GatewayTelemetry.SendAttempt, ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("http.request.method", "POST");
            activity.SetTag("url.full", partner.MessagesUrl.ToString());
            activity.SetTag("cooperjus.partner", partner.Id);
            // Set here rather than left to HttpClient's own instrumentation, which adds the header only when it is on.
            DistributedContextPropagator.Current.Inject(activity, request, static (carrier, name, value) =>
            {
                if (carrier is HttpRequestMessage message && value is not null) message.Headers.TryAddWithoutValidation(name, value);
            });
        }
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var body = await ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            activity?.SetTag("http.response.status_code", (int)response.StatusCode);
            if ((int)response.StatusCode >= 400) activity?.SetStatus(ActivityStatusCode.Error);
            return new SendResult((int)response.StatusCode, body, RetryAfter(response), null);
        }
        catch (HttpRequestException e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, "network error");
            return new SendResult(null, ReadOnlyMemory<byte>.Empty, null, $"network error: {e.Message}");
        }
    }

    private async Task<ReadOnlyMemory<byte>> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _maxReceiptBytes) break; // An oversized answer is no receipt: what was read is enough to say so.
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } when response.Headers.Date is { } sentAt => date - sentAt, // Judged by the partner's own clock.
        _ => null,
    };
}
