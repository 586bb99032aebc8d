using System.Text.Json;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// Seals outgoing messages: wraps a canonical document in an <see cref="Envelope"/> from this gateway and signs it
/// with the gateway's key as a compact JWS (header <c>alg</c> ES256, <c>kid</c>, <c>typ</c> cooperjus-envelope+jwt,
/// <c>cty</c> json). Thread-safe.
/// </summary>
public sealed class EnvelopeSigner
{
    private readonly GatewayKey _key;
    private readonly string _gatewayId;
    private readonly TimeProvider _clock;

    /// <summary>A signer for gateway <paramref name="gatewayId"/> signing with <paramref name="key"/>.</summary>
    public EnvelopeSigner(GatewayKey key, string gatewayId, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(clock);
        if (!Identifiers.IsGatewayId(gatewayId)) throw new ArgumentException($"'{gatewayId}' is not a gateway id: use {Identifiers.GatewayIdShape}.", nameof(gatewayId));
        _key = key;
        _gatewayId = gatewayId;
        _clock = clock;
    }

    /// <summary>The gateway id this signer signs for (the envelopes' <c>from</c>).</summary>
    public string GatewayId => _gatewayId;

    /// <summary>Seals a cooperation request for <paramref name="recipient"/>, with a new message id and the current time.</summary>
    public SignedEnvelope Seal(CooperationRequest request, string recipient) =>
        Seal(MessageType.CooperationRequest, recipient, JsonSerializer.SerializeToElement(request, CanonicalJson.CompactOptions));

    /// <summary>Seals a cooperation response for <paramref name="recipient"/>, with a new message id and the current time.</summary>
    public SignedEnvelope Seal(CooperationResponse response, string recipient) =>
        Seal(MessageType.CooperationResponse, recipient, JsonSerializer.SerializeToElement(response, CanonicalJson.CompactOptions));

    /// <summary>
    /// Seals <paramref name="payload"/> (a canonical document, a JSON object) for <paramref name="recipient"/>. The
    /// message id is a version 7 UUID from the clock, so ids sort by creation time.
    /// </summary>
    public SignedEnvelope Seal(MessageType type, string recipient, JsonElement payload)
    {
        var now = _clock.GetUtcNow();
        return Sign(new Envelope
        {
            MessageId = Guid.CreateVersion7(now).ToString("D"),
            Type = type,
            From = _gatewayId,
            To = recipient,
            CreatedAt = now,
            Payload = payload,
        });
    }

    /// <summary>Signs an envelope built by the caller.</summary>
    /// <exception cref="ArgumentException">The envelope is not from this gateway, or its ids or payload do not have the protocol's shape.</exception>
    public SignedEnvelope Sign(Envelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (envelope.From != _gatewayId) throw new ArgumentException($"The envelope is from '{envelope.From}', but this signer signs for '{_gatewayId}'.", nameof(envelope));
        if (EnvelopeChecks.ShapeProblem(envelope) is { } problem) throw new ArgumentException(problem, nameof(envelope));
        return new SignedEnvelope(envelope, JwsSigning.Sign(MessagingJson.Serialize(envelope), _key, PartnerProtocol.EnvelopeType));
    }
}
