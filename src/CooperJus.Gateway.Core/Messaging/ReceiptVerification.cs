namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// The sender's verdict on a receipt it got back. Only a valid receipt is evidence: <see cref="IsDelivered"/> means
/// the partner took responsibility; <see cref="IsRejected"/> is a permanent refusal (dead letter with
/// <see cref="Receipt"/>'s errors as the reason). An invalid receipt proves nothing: keep the message and retry.
/// </summary>
public sealed class ReceiptVerification
{
    internal ReceiptVerification()
    {
    }

    /// <summary>True when the receipt passed every check; then <see cref="Receipt"/> is set.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>A valid receipt saying accepted, or duplicate of an accepted original.</summary>
    public bool IsDelivered => IsValid && Receipt!.Outcome is ReceiptOutcome.Accepted or ReceiptOutcome.Duplicate;

    /// <summary>A valid receipt saying rejected: sending the same bytes again cannot succeed.</summary>
    public bool IsRejected => IsValid && Receipt!.Outcome == ReceiptOutcome.Rejected;

    /// <summary>The compact JWS as received, when the body had a JWS's shape; store it as evidence.</summary>
    public string? Jws { get; internal init; }

    /// <summary>The verified receipt; null unless <see cref="IsValid"/>.</summary>
    public Receipt? Receipt { get; internal init; }

    /// <summary>For a valid duplicate: the original receipt it carries, verified too.</summary>
    public Receipt? OriginalReceipt { get; internal init; }

    /// <summary>Why the receipt cannot be trusted; empty when valid. Each error has a <c>receipt.*</c> rule id.</summary>
    public IReadOnlyList<ProtocolError> Errors { get; internal init; } = [];
}
