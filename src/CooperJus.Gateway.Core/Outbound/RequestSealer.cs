using System.Text.Json;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Telemetry;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Outbound;

/// <summary>
/// Seals a canonical request for the partner serving its country: the envelope of message id
/// <see cref="MessageIds.ForRequest"/> signed with the gateway's key, and the request's business record. One place, so
/// a request sealed at intake and one sealed later on release (a held request) are the same message to the outbox.
/// </summary>
public sealed class RequestSealer
{
    private readonly EnvelopeSigner _signer;
    private readonly TimeProvider _clock;

    /// <summary>Creates a sealer signing with <paramref name="signer"/>; envelopes are dated by <paramref name="clock"/>.</summary>
    public RequestSealer(EnvelopeSigner signer, TimeProvider clock)
    {
        _signer = signer;
        _clock = clock;
    }

    /// <summary>The signed message carrying <paramref name="request"/> to <paramref name="partner"/>, ready to enqueue.</summary>
    public OutgoingMessage Seal(CooperationRequest request, Partner partner)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(partner);
        // The message made here carries this span's traceparent (OutgoingMessage.TraceParent): its delivery joins the trace.
        using var activity = GatewayTelemetry.Source.StartActivity(GatewayTelemetry.SealRequest);
        var messageId = MessageIds.ForRequest(request.RequestId, partner.Id);
        activity?.SetTag("cooperjus.message.id", messageId);
        activity?.SetTag("cooperjus.partner", partner.Id);
        var signed = _signer.Sign(new Envelope
        {
            MessageId = messageId,
            Type = MessageType.CooperationRequest,
            From = _signer.GatewayId,
            To = partner.Id,
            CreatedAt = _clock.GetUtcNow(),
            Payload = JsonSerializer.SerializeToElement(request, CanonicalJson.CompactOptions),
        });
        return new OutgoingMessage(messageId, partner.Id, "cooperation-request", request.RequestId, signed.Body, Track(request, partner.Id, RequestStatus.Submitted));
    }

    /// <summary>The business record of an outgoing <paramref name="request"/> to <paramref name="partnerId"/> (empty while held).</summary>
    public static TrackedRequest Track(CooperationRequest request, string partnerId, RequestStatus status)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new TrackedRequest(request.RequestId, RequestDirection.Outgoing, request.IssuingAuthority.CaseReference, partnerId,
            request.RequestedAuthority.Country, request.Urgency.ExecuteBy(), request.CreatedAt, status);
    }
}
