using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.IntegrationTests.Delivery.Support;

/// <summary>
/// Speaks the partner protocol to a gateway by hand, as a partner on any stack would: POSTs signed envelopes (or any
/// bytes) and checks the signed receipts that come back against the receiving gateway's public key.
/// </summary>
internal sealed class PartnerClient : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly PartnerEntry _receiver;

    /// <param name="receiver">The gateway posted to, as its partners know it (id, URL, public key).</param>
    public PartnerClient(PartnerEntry receiver) => _receiver = receiver;

    /// <summary>An envelope of <paramref name="request"/> from <paramref name="sender"/> to the receiver (or to <paramref name="to"/>).</summary>
    public SignedEnvelope Seal(PartnerIdentity sender, CooperationRequest request, string? to = null, string? messageId = null) =>
        Seal(sender, CanonicalRequests.Payload(request), to, messageId);

    /// <summary>An envelope of any <paramref name="payload"/> (for one that is not a valid canonical request), signed by <paramref name="sender"/>'s key.</summary>
    public SignedEnvelope Seal(PartnerIdentity sender, JsonElement payload, string? to = null, string? messageId = null, string? from = null, MessageType type = MessageType.CooperationRequest) =>
        new EnvelopeSigner(sender.Key, from ?? sender.Id, TimeProvider.System).Sign(new Envelope
        {
            MessageId = messageId ?? Guid.CreateVersion7().ToString("D"),
            Type = type,
            From = from ?? sender.Id,
            To = to ?? _receiver.Id,
            CreatedAt = TimeProvider.System.GetUtcNow(),
            Payload = payload,
        });

    /// <summary>An envelope of <paramref name="response"/> from <paramref name="sender"/> to the receiver.</summary>
    public SignedEnvelope Seal(PartnerIdentity sender, CooperationResponse response) =>
        Seal(sender, CanonicalRequests.Payload(response), type: MessageType.CooperationResponse);

    /// <summary>POSTs <paramref name="body"/> to the receiver's partner endpoint; returns the status and the answer's bytes.</summary>
    public async Task<(int Status, byte[] Body)> PostAsync(ReadOnlyMemory<byte> body)
    {
        using var content = new ReadOnlyMemoryContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(PartnerProtocol.MediaType);
        using var answer = await _http.PostAsync(new Uri(new Uri(_receiver.Url), PartnerProtocol.MessagesPath.TrimStart('/')), content);
        return ((int)answer.StatusCode, await answer.Content.ReadAsByteArrayAsync());
    }

    /// <summary>
    /// Checks <paramref name="answer"/> as the sender <paramref name="claimedSender"/> of <paramref name="body"/> would:
    /// signed by the receiver's key, for these exact bytes.
    /// </summary>
    public Task<ReceiptVerification> VerifyReceiptAsync(byte[] answer, ReadOnlyMemory<byte> body, string claimedSender, string messageId)
    {
        var verifier = new ReceiptVerifier(_receiver.AsDirectory(), new MessagingOptions { GatewayId = claimedSender }, TimeProvider.System);
        return verifier.VerifyAsync(answer, new SentEnvelope(messageId, _receiver.Id, Convert.ToHexStringLower(SHA256.HashData(body.Span))));
    }

    public void Dispose() => _http.Dispose();
}
