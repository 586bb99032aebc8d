using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Telemetry;
using CooperJus.Gateway.Core.Versions;
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

    /// <summary>
    /// Raised when a request is sealed in an older canonical version than the gateway's own (the partner reads only
    /// that), with what could not be carried; for the log. The audit event goes with the message.
    /// </summary>
    public event Action<DowngradeReport>? Downgraded;

    /// <summary>
    /// The signed message carrying <paramref name="request"/> to <paramref name="partner"/>, ready to enqueue: in the
    /// highest canonical version both know (<see cref="Partner.SendVersion"/>), downgraded when that is not the
    /// gateway's own, with the <c>message.downgraded</c> audit event then.
    /// </summary>
    public OutgoingMessage Seal(CooperationRequest request, Partner partner)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(partner);
        // The message made here carries this span's traceparent (OutgoingMessage.TraceParent): its delivery joins the trace.
        using var activity = GatewayTelemetry.Source.StartActivity(GatewayTelemetry.SealRequest);
        var messageId = MessageIds.ForRequest(request.RequestId, partner.Id);
        activity?.SetTag("cooperjus.message.id", messageId);
        activity?.SetTag("cooperjus.partner", partner.Id);
        var payload = WirePayload.ForRequest(request, partner.SendVersion);
        activity?.SetTag("cooperjus.schema_version", payload.Version);
        var signed = _signer.Sign(new Envelope
        {
            MessageId = messageId,
            Type = MessageType.CooperationRequest,
            From = _signer.GatewayId,
            To = partner.Id,
            CreatedAt = _clock.GetUtcNow(),
            Payload = payload.Payload,
        });
        var message = new OutgoingMessage(messageId, partner.Id, "cooperation-request", request.RequestId, signed.Body, Track(request, partner.Id, RequestStatus.Submitted));
        if (!payload.IsDowngraded) return message;
        var report = new DowngradeReport(messageId, partner.Id, message.MessageType, request.RequestId, payload.Version, payload.Notes);
        Downgraded?.Invoke(report);
        return message with { Downgraded = report.ToAuditEntry() with { CaseReference = request.IssuingAuthority.CaseReference, Country = request.RequestedAuthority.Country } };
    }

    /// <summary>The business record of an outgoing <paramref name="request"/> to <paramref name="partnerId"/> (empty while held).</summary>
    public static TrackedRequest Track(CooperationRequest request, string partnerId, RequestStatus status)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new TrackedRequest(request.RequestId, RequestDirection.Outgoing, request.IssuingAuthority.CaseReference, partnerId,
            request.RequestedAuthority.Country, request.Urgency.ExecuteBy(), request.CreatedAt, status);
    }
}
