using System.Text.Json;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Outbound;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Benchmarks.Delivery;

/// <summary>
/// Outgoing messages as the sender's intake makes them (<c>OutboundSubmitter</c>): a canonical request, sealed in an
/// envelope with the deterministic message id, signed with the sender's key, with its request record. The requests
/// are the golden canonical outputs of the Peruvian samples that go to Spain (<c>samples/PE/expected</c>), each copy
/// with its own request number and id, created now, due in 200 days, so Spain's validation accepts every one.
/// </summary>
internal sealed class SignedRequests
{
    private readonly IReadOnlyList<CooperationRequest> _templates;
    private readonly EnvelopeSigner _signer;
    private readonly string _partnerId;
    private readonly TimeProvider _clock = TimeProvider.System;

    private SignedRequests(IReadOnlyList<CooperationRequest> templates, EnvelopeSigner signer, string partnerId)
    {
        _templates = templates;
        _signer = signer;
        _partnerId = partnerId;
    }

    /// <exception cref="InvalidOperationException">The samples hold no canonical request to <paramref name="to"/>'s country.</exception>
    public static SignedRequests Load(string expectedFolder, GatewayKey key, string from, string to, string toCountry)
    {
        var templates = Directory.EnumerateFiles(expectedFolder, "*.json")
            .Where(f => !f.EndsWith(".lineage.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => CanonicalJson.Deserialize(File.ReadAllText(f)))
            .Where(r => r.RequestedAuthority.Country == toCountry)
            .ToList();
        if (templates.Count == 0) throw new InvalidOperationException($"{expectedFolder} holds no canonical request to {toCountry}.");
        return new SignedRequests(templates, new EnvelopeSigner(key, from, TimeProvider.System), to);
    }

    /// <summary>Average size of the signed envelopes (JWS compact serialisation), in bytes, over one copy of each template.</summary>
    public int AverageEnvelopeBytes() => (int)Enumerable.Range(0, _templates.Count).Average(i => Create("size", i).SignedEnvelope.Length);

    /// <summary>Message <paramref name="index"/> of series <paramref name="series"/>; every (series, index) is a distinct request.</summary>
    public OutgoingMessage Create(string series, int index)
    {
        var template = _templates[index % _templates.Count];
        var reference = $"BENCH-{series}-{index:D7}";
        var now = _clock.GetUtcNow();
        var request = template with
        {
            RequestId = RequestIds.FromNationalReference("PE", template.IssuingAuthority.NationalSystem, reference),
            CreatedAt = now,
            IssuingAuthority = template.IssuingAuthority with { RequestReference = reference },
            Urgency = template.Urgency with { Deadlines = [.. template.Urgency.Deadlines.Select(d => d with { By = DateOnly.FromDateTime(now.UtcDateTime).AddDays(200) })] },
        };
        var messageId = MessageIds.ForRequest(request.RequestId, _partnerId);
        var signed = _signer.Sign(new Envelope
        {
            MessageId = messageId,
            Type = MessageType.CooperationRequest,
            From = _signer.GatewayId,
            To = _partnerId,
            CreatedAt = now,
            Payload = JsonSerializer.SerializeToElement(request, CanonicalJson.CompactOptions),
        });
        var tracked = new TrackedRequest(request.RequestId, RequestDirection.Outgoing, request.IssuingAuthority.CaseReference, _partnerId,
            request.RequestedAuthority.Country, request.Urgency.ExecuteBy(), request.CreatedAt, RequestStatus.Submitted);
        return new OutgoingMessage(messageId, _partnerId, "cooperation-request", request.RequestId, signed.Body, tracked);
    }
}
