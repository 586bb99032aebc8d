using System.Buffers;
using System.Text;
using System.Text.Json;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Telemetry;
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
/// <remarks>
/// Evidence is kept in full only for what a listed partner's key signed (the partner can be held to it). Bytes nobody
/// can be held to (unparsable, unknown key, bad signature, too large to read) cost anyone without a key nothing to
/// send, so their evidence is bounded: size, SHA-256, client address and the first
/// <see cref="UnattributedEvidenceBytes"/> bytes; and an <see cref="IUnattributedEvidenceGate"/> limits how many are
/// recorded per client address. Over that limit nothing is recorded or signed: the answer is 429 with Retry-After.
/// </remarks>
public sealed class InboundProcessor
{
    /// <summary>
    /// How many of the first bytes of an unattributable body are kept as evidence: 4 KiB, enough for the JWS header
    /// and the start of the payload (which name the claimed key, sender and message id), with the size and SHA-256 of
    /// the whole.
    /// </summary>
    public const int UnattributedEvidenceBytes = 4 * 1024;

    /// <summary>The client address recorded and limited when the server could not tell one.</summary>
    private const string UnknownClient = "unknown";

    private readonly EnvelopeVerifier _verifier;
    private readonly ReceiptSigner _receipts;
    private readonly PayloadReader _payloads;
    private readonly IGatewayStore _store;
    private readonly long _maxBytes;
    private readonly PersonSearchTerms _searchTerms;
    private readonly IUnattributedEvidenceGate? _unattributed;
    private readonly ArrayPool<byte>? _bodies;

    /// <summary>
    /// Creates the processor. <paramref name="searchTerms"/> keys the person terms under which auditors find a received
    /// request; <paramref name="unattributed"/> limits the evidence of unattributable messages (default: none); bodies
    /// read from a stream are held in buffers of <paramref name="bodies"/> (default: new arrays).
    /// </summary>
    public InboundProcessor(EnvelopeVerifier verifier, ReceiptSigner receipts, RequestValidator requests, ResponseValidator responses, IGatewayStore store,
        PersonSearchTerms searchTerms, MessagingOptions options, IUnattributedEvidenceGate? unattributed = null, ArrayPool<byte>? bodies = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _searchTerms = searchTerms;
        _verifier = verifier;
        _receipts = receipts;
        _payloads = new PayloadReader(requests, responses);
        _store = store;
        _maxBytes = options.MaxEnvelopeBytes;
        _unattributed = unattributed;
        _bodies = bodies;
    }

    /// <summary>Where the rules of refused envelopes are counted (<see cref="GatewayMetrics.ValidationRejected"/>); null: nowhere.</summary>
    public GatewayMetrics? Metrics { get; init; }

    /// <summary>
    /// Raised when a partner's payload came in an older canonical version and was read as the gateway's own, with what
    /// the reading did not carry; for the log (the audit event is stored with the message).
    /// </summary>
    public event Action<Versions.UpgradeReport>? Upgraded;

    /// <summary>Raised after a message was stored for the national system.</summary>
    public event Action? Stored;

    /// <summary>
    /// Reads the body and processes the envelope. A body over the size limit is refused unparsed, but read to its end:
    /// the signed rejection must carry the SHA-256 of every byte sent, or the sender cannot tell which message it
    /// refuses. Only its first <see cref="UnattributedEvidenceBytes"/> are kept in memory (and as evidence).
    /// </summary>
    public async Task<InboundAnswer> ReceiveAsync(Stream body, InboundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(request);
        // Disposed once the answer is made: the body (from the pool) is no longer referenced by then, the store having copied what it keeps.
        using var read = await BoundedBody.ReadAsync(body, _maxBytes, request.DeclaredLength, UnattributedEvidenceBytes, _bodies, cancellationToken).ConfigureAwait(false);
        if (read.IsWithinLimit) return await ReceiveAsync(read.Bytes, request.ClientAddress, cancellationToken).ConfigureAwait(false);
        var tooLarge = _verifier.TooLarge(read);
        return await RejectAsync(tooLarge, tooLarge.Errors, read.Head, request.ClientAddress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Processes one envelope's bytes, from an unknown client address.</summary>
    public Task<InboundAnswer> ReceiveAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken) => ReceiveAsync(body, null, cancellationToken);

    /// <summary>Processes one envelope's bytes, received from <paramref name="clientAddress"/> (null when unknown).</summary>
    public async Task<InboundAnswer> ReceiveAsync(ReadOnlyMemory<byte> body, string? clientAddress, CancellationToken cancellationToken)
    {
        var verification = await _verifier.VerifyAsync(body).ConfigureAwait(false);
        if (!verification.IsValid) return await RejectAsync(verification, verification.Errors, body, clientAddress, cancellationToken).ConfigureAwait(false);
        var envelope = verification.Envelope!;
        // The envelope is kept as received (the evidence, in the partner's version); the payload stored for the national
        // system is the gateway's own version of it.
        var read = _payloads.Read(envelope);
        if (read.Errors.Count > 0) return await RejectAsync(verification, read.Errors, body, clientAddress, cancellationToken).ConfigureAwait(false);
        var canonical = read.CanonicalJson!;

        var accepted = _receipts.Accept(verification);
        var message = new InboundMessage(envelope.MessageId, verification.Sender!.Id, TypeName(envelope.Type), RequestIdOf(envelope), body, Encoding.UTF8.GetBytes(canonical));
        if (envelope.Type == MessageType.CooperationRequest)
        {
            // So auditors find a received request by its case reference and by the persons it names, as they do a sent one.
            var request = CanonicalJson.Deserialize(canonical);
            message = message with { CaseReference = request.IssuingAuthority.CaseReference, SearchTerms = _searchTerms.Of(request) };
        }
        var upgrade = read.IsUpgraded ? new Versions.UpgradeReport(envelope.MessageId, verification.Sender.Id, message.MessageType, message.RequestId, read.ReceivedVersion, read.Notes) : null;
        if (upgrade is not null) message = message with { Upgraded = upgrade.ToAuditEntry() };
        var stored = await _store.StoreInboundAsync(message, accepted.Body, cancellationToken).ConfigureAwait(false);
        if (stored.IsDuplicate && stored.PartnerId != verification.Sender.Id)
            return await RejectAsync(verification, [new ProtocolError(MessagingRules.EnvelopeMessageIdReused, $"message id {envelope.MessageId} was already used by another partner.")], body, clientAddress, cancellationToken).ConfigureAwait(false);
        // After storing, so that a message refused as another partner's id never touches the request it names; before
        // answering, and idempotent: a crash in between is repaired when the sender's retry, a duplicate, applies it again.
        await ApplyBusinessStateAsync(envelope.Type, canonical, verification.Sender.Id, cancellationToken).ConfigureAwait(false);
        if (!stored.IsDuplicate)
        {
            if (upgrade is not null) Upgraded?.Invoke(upgrade);
            Stored?.Invoke();
            return new InboundAnswer(accepted.StatusCode, accepted.Body, "accepted");
        }
        var duplicate = _receipts.Duplicate(verification, Encoding.ASCII.GetString(stored.Receipt.Span));
        return new InboundAnswer(duplicate.StatusCode, duplicate.Body, "duplicate");
    }

    private async Task ApplyBusinessStateAsync(MessageType type, string canonical, string partnerId, CancellationToken cancellationToken)
    {
        if (type == MessageType.CooperationRequest)
        {
            var request = CanonicalJson.Deserialize(canonical);
            // A request id that already names a request this gateway sent, or one another partner sent, is not taken
            // over (its partner, case reference and deadline stay): the message is kept and passed on all the same.
            var known = await _store.GetRequestAsync(request.RequestId, cancellationToken).ConfigureAwait(false);
            if (known?.Request is { } existing && (existing.Direction != RequestDirection.Incoming || existing.PartnerId != partnerId)) return;
            await _store.UpsertRequestAsync(new TrackedRequest(request.RequestId, RequestDirection.Incoming, request.IssuingAuthority.CaseReference, partnerId,
                request.RequestedAuthority.Country, request.Urgency.ExecuteBy(), request.CreatedAt, RequestStatus.Received), cancellationToken).ConfigureAwait(false);
            return;
        }
        var response = CanonicalJson.DeserializeResponse(canonical);
        // Only the partner the request was sent to moves its status: request ids derive from national references, so
        // any other partner could otherwise set the status of a request it can name. Its response is still kept and
        // passed on to the national system, which sees who sent it.
        var answered = await _store.GetRequestAsync(response.InResponseTo, cancellationToken).ConfigureAwait(false);
        if (answered?.Request is not { Direction: RequestDirection.Outgoing } sent || sent.PartnerId != partnerId) return;
        await _store.ApplyResponseAsync(response.InResponseTo, response.Status, response.CreatedAt, cancellationToken).ConfigureAwait(false);
    }

    private async Task<InboundAnswer> RejectAsync(EnvelopeVerification verification, IReadOnlyList<ProtocolError> errors, ReadOnlyMemory<byte> body, string? clientAddress, CancellationToken cancellationToken)
    {
        var attributed = verification.Signer is not null;
        // Decided before anything is signed: a rejection this gateway signed is always on record.
        if (!attributed && _unattributed is not null && !_unattributed.TryAdmit(clientAddress ?? UnknownClient, out var retryAfter)) return InboundAnswer.TryLater(retryAfter);
        foreach (var rule in errors.Select(e => e.Rule).Distinct(StringComparer.Ordinal)) Metrics?.ValidationRejected(rule, "inbound");
        var rejection = _receipts.Reject(verification, errors);
        var reason = string.Join("; ", errors.Select(e => $"{e.Rule}: {e.Message}"));
        var evidence = attributed ? body : body[..Math.Min(body.Length, UnattributedEvidenceBytes)];
        var rejected = new RejectedInbound(reason, evidence, verification.Sender?.Id ?? verification.Signer?.Id, verification.MessageId, rejection.Body)
        {
            Size = verification.ByteCount,
            Sha256 = verification.PayloadSha256,
            ClientAddress = clientAddress,
        };
        await _store.StoreRejectedInboundAsync(rejected, cancellationToken).ConfigureAwait(false);
        return new InboundAnswer(rejection.StatusCode, rejection.Body, "rejected");
    }

    private static string TypeName(MessageType type) => type == MessageType.CooperationRequest ? "cooperation-request" : "cooperation-response";

    private static string? RequestIdOf(Envelope envelope) =>
        envelope.Payload.TryGetProperty(envelope.Type == MessageType.CooperationRequest ? "requestId" : "inResponseTo", out var id) ? id.GetString() : null;
}
