using System.Text;
using System.Text.Json;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Inbound;

/// <summary>
/// Receives one envelope from a partner: verify the signature against the partner directory, validate the canonical
/// payload against its schema and rules, store it with its signed receipt in one transaction (de-duplicated on the
/// message id), and answer. Whatever is refused gets a signed rejection that says why, is kept as evidence, and never
/// reaches the national system. A resend of a message already stored is answered <c>duplicate</c> with the original
/// receipt, so the sender stops retrying.
/// </summary>
public sealed class InboundProcessor
{
    private readonly EnvelopeVerifier _verifier;
    private readonly ReceiptSigner _receipts;
    private readonly RequestValidator _requests;
    private readonly ResponseValidator _responses;
    private readonly IGatewayStore _store;
    private readonly long _maxBytes;
    private readonly PersonSearchTerms _searchTerms;

    /// <summary>Creates the processor; <paramref name="searchTerms"/> keys the person terms under which auditors find a received request.</summary>
    public InboundProcessor(EnvelopeVerifier verifier, ReceiptSigner receipts, RequestValidator requests, ResponseValidator responses, IGatewayStore store,
        PersonSearchTerms searchTerms, MessagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _searchTerms = searchTerms;
        _verifier = verifier;
        _receipts = receipts;
        _requests = requests;
        _responses = responses;
        _store = store;
        _maxBytes = options.MaxEnvelopeBytes;
    }

    /// <summary>Raised after a message was stored for the national system.</summary>
    public event Action? Stored;

    /// <summary>
    /// Reads the body and processes the envelope. A body over the size limit is refused unparsed, but read to its end:
    /// the signed rejection must carry the SHA-256 of every byte sent, or the sender cannot tell which message it
    /// refuses. Only the first bytes are kept in memory (and as evidence).
    /// </summary>
    public async Task<InboundAnswer> ReceiveAsync(Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var read = await BoundedBody.ReadAsync(body, _maxBytes, cancellationToken).ConfigureAwait(false);
        if (read.Bytes is not null) return await ReceiveAsync(read.Bytes, cancellationToken).ConfigureAwait(false);
        var tooLarge = _verifier.TooLarge(read);
        return await RejectAsync(tooLarge, tooLarge.Errors, read.Head, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Processes one envelope's bytes.</summary>
    public async Task<InboundAnswer> ReceiveAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var verification = await _verifier.VerifyAsync(body).ConfigureAwait(false);
        if (!verification.IsValid) return await RejectAsync(verification, verification.Errors, body, cancellationToken).ConfigureAwait(false);
        var envelope = verification.Envelope!;
        var payloadErrors = ValidatePayload(envelope);
        if (payloadErrors.Count > 0) return await RejectAsync(verification, payloadErrors, body, cancellationToken).ConfigureAwait(false);

        var accepted = _receipts.Accept(verification);
        var payload = Encoding.UTF8.GetBytes(envelope.Payload.GetRawText());
        var message = new InboundMessage(envelope.MessageId, verification.Sender!.Id, TypeName(envelope.Type), RequestIdOf(envelope), body, payload);
        if (envelope.Type == MessageType.CooperationRequest)
        {
            // So auditors find a received request by its case reference and by the persons it names, as they do a sent one.
            var request = CanonicalJson.Deserialize(envelope.Payload.GetRawText());
            message = message with { CaseReference = request.IssuingAuthority.CaseReference, SearchTerms = _searchTerms.Of(request) };
        }
        var stored = await _store.StoreInboundAsync(message, accepted.Body, cancellationToken).ConfigureAwait(false);
        if (stored.IsDuplicate && stored.PartnerId != verification.Sender.Id)
            return await RejectAsync(verification, [new ProtocolError(MessagingRules.EnvelopeMessageIdReused, $"message id {envelope.MessageId} was already used by another partner.")], body, cancellationToken).ConfigureAwait(false);
        // After storing, so that a message refused as another partner's id never touches the request it names; before
        // answering, and idempotent: a crash in between is repaired when the sender's retry, a duplicate, applies it again.
        await ApplyBusinessStateAsync(envelope, verification.Sender.Id, cancellationToken).ConfigureAwait(false);
        if (!stored.IsDuplicate)
        {
            Stored?.Invoke();
            return new InboundAnswer(accepted.StatusCode, accepted.Body, "accepted");
        }
        var duplicate = _receipts.Duplicate(verification, Encoding.ASCII.GetString(stored.Receipt.Span));
        return new InboundAnswer(duplicate.StatusCode, duplicate.Body, "duplicate");
    }

    private List<ProtocolError> ValidatePayload(Envelope envelope)
    {
        var json = envelope.Payload.GetRawText();
        if (envelope.Type == MessageType.CooperationResponse)
            return _responses.Validate(json).Select(p => new ProtocolError(ValidationRules.Schema, p)).ToList();
        try
        {
            return _requests.ValidateJson(json).Where(p => p.IsError)
                .Select(p => new ProtocolError(p.Rule, p.CanonicalPath is null ? p.Message : $"{p.CanonicalPath}: {p.Message}")).ToList();
        }
        catch (JsonException e)
        {
            return [new ProtocolError(ValidationRules.Schema, $"the payload does not read as a cooperation request: {e.Message}")];
        }
    }

    private async Task ApplyBusinessStateAsync(Envelope envelope, string partnerId, CancellationToken cancellationToken)
    {
        if (envelope.Type == MessageType.CooperationRequest)
        {
            var request = CanonicalJson.Deserialize(envelope.Payload.GetRawText());
            // A request id that already names a request this gateway sent, or one another partner sent, is not taken
            // over (its partner, case reference and deadline stay): the message is kept and passed on all the same.
            var known = await _store.GetRequestAsync(request.RequestId, cancellationToken).ConfigureAwait(false);
            if (known?.Request is { } existing && (existing.Direction != RequestDirection.Incoming || existing.PartnerId != partnerId)) return;
            await _store.UpsertRequestAsync(new TrackedRequest(request.RequestId, RequestDirection.Incoming, request.IssuingAuthority.CaseReference, partnerId,
                request.RequestedAuthority.Country, request.Urgency.RespondBy, request.CreatedAt, RequestStatus.Received), cancellationToken).ConfigureAwait(false);
            return;
        }
        var response = CanonicalJson.DeserializeResponse(envelope.Payload.GetRawText());
        // Only the partner the request was sent to moves its status: request ids derive from national references, so
        // any other partner could otherwise set the status of a request it can name. Its response is still kept and
        // passed on to the national system, which sees who sent it.
        var answered = await _store.GetRequestAsync(response.InResponseTo, cancellationToken).ConfigureAwait(false);
        if (answered?.Request is not { Direction: RequestDirection.Outgoing } sent || sent.PartnerId != partnerId) return;
        await _store.ApplyResponseAsync(response.InResponseTo, response.Status, response.CreatedAt, cancellationToken).ConfigureAwait(false);
    }

    private async Task<InboundAnswer> RejectAsync(EnvelopeVerification verification, IReadOnlyList<ProtocolError> errors, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var rejection = _receipts.Reject(verification, errors);
        var reason = string.Join("; ", errors.Select(e => $"{e.Rule}: {e.Message}"));
        var evidence = body.Length > 64 * 1024 ? body[..(64 * 1024)] : body; // An oversized body is kept in part: enough to identify it.
        await _store.StoreRejectedInboundAsync(new RejectedInbound(reason, evidence, verification.Sender?.Id, verification.MessageId, rejection.Body), cancellationToken).ConfigureAwait(false);
        return new InboundAnswer(rejection.StatusCode, rejection.Body, "rejected");
    }

    private static string TypeName(MessageType type) => type == MessageType.CooperationRequest ? "cooperation-request" : "cooperation-response";

    private static string? RequestIdOf(Envelope envelope) =>
        envelope.Payload.TryGetProperty(envelope.Type == MessageType.CooperationRequest ? "requestId" : "inResponseTo", out var id) ? id.GetString() : null;
}
