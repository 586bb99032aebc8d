namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// Signs the receipts this gateway gives for what it receives: accepted, rejected (with reasons) or duplicate (with
/// the original receipt). Thread-safe.
/// </summary>
public sealed class ReceiptSigner
{
    private readonly GatewayKey _key;
    private readonly string _gatewayId;

    /// <summary>A signer for receipts of gateway <paramref name="gatewayId"/>, signed with <paramref name="key"/>.</summary>
    public ReceiptSigner(GatewayKey key, string gatewayId)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!Identifiers.IsGatewayId(gatewayId)) throw new ArgumentException($"'{gatewayId}' is not a gateway id: use {Identifiers.GatewayIdShape}.", nameof(gatewayId));
        _key = key;
        _gatewayId = gatewayId;
    }

    /// <summary>The receipt for a verified envelope that was stored: outcome accepted.</summary>
    /// <exception cref="ArgumentException">The verification failed: an invalid envelope is never accepted.</exception>
    public SignedReceipt Accept(EnvelopeVerification verification)
    {
        RequireValid(verification);
        return Sign(Answer(verification, ReceiptOutcome.Accepted, [], null));
    }

    /// <summary>
    /// The receipt that refuses a message. <paramref name="errors"/> defaults to the verification's own errors; pass
    /// others for a verified envelope whose payload failed validation (rule <c>schema</c> and the like).
    /// </summary>
    /// <exception cref="ArgumentException">There is no reason to give: the errors are empty.</exception>
    public SignedReceipt Reject(EnvelopeVerification verification, IReadOnlyList<ProtocolError>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(verification);
        var reasons = errors ?? verification.Errors;
        if (reasons.Count == 0) throw new ArgumentException("A rejection needs at least one error saying why.", nameof(errors));
        return Sign(Answer(verification, ReceiptOutcome.Rejected, reasons, null));
    }

    /// <summary>The receipt for a verified envelope whose message id was accepted before: carries that first receipt, unchanged.</summary>
    /// <exception cref="ArgumentException">The verification failed, or the original receipt is empty.</exception>
    public SignedReceipt Duplicate(EnvelopeVerification verification, string originalReceiptJws)
    {
        RequireValid(verification);
        if (string.IsNullOrEmpty(originalReceiptJws)) throw new ArgumentException("A duplicate receipt carries the original receipt.", nameof(originalReceiptJws));
        return Sign(Answer(verification, ReceiptOutcome.Duplicate, [], originalReceiptJws));
    }

    /// <summary>Signs a receipt built by the caller.</summary>
    /// <exception cref="ArgumentException">The receipt is not from this gateway or breaks the receipt's rules.</exception>
    public SignedReceipt Sign(Receipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        if (receipt.Receiver != _gatewayId) throw new ArgumentException($"The receipt's receiver is '{receipt.Receiver}', but this signer signs for '{_gatewayId}'.", nameof(receipt));
        if (ReceiptChecks.ShapeProblem(receipt) is { } problem) throw new ArgumentException(problem, nameof(receipt));
        return new SignedReceipt(receipt, JwsSigning.Sign(MessagingJson.Serialize(receipt), _key, PartnerProtocol.ReceiptType));
    }

    private Receipt Answer(EnvelopeVerification verification, ReceiptOutcome outcome, IReadOnlyList<ProtocolError> errors, string? original) => new()
    {
        MessageId = verification.MessageId,
        Receiver = _gatewayId,
        Sender = verification.ClaimedSender,
        ReceivedAt = verification.ReceivedAt,
        PayloadSha256 = verification.PayloadSha256,
        Outcome = outcome,
        Errors = errors,
        OriginalReceipt = original,
    };

    private static void RequireValid(EnvelopeVerification verification)
    {
        ArgumentNullException.ThrowIfNull(verification);
        if (!verification.IsValid) throw new ArgumentException("Only a verified envelope can be accepted or answered as a duplicate; reject this one.", nameof(verification));
    }
}
