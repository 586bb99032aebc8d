using System.Net.Http.Headers;
using CooperJus.Gateway.Core.Messaging;

namespace CooperJus.Gateway.Core.Delivery;

/// <summary>POSTs signed envelopes to a partner gateway (<c>POST {url}/partner/v1/messages</c>, <c>application/jose</c>).</summary>
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
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var body = await ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            return new SendResult((int)response.StatusCode, body, RetryAfter(response), null);
        }
        catch (HttpRequestException e)
        {
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
