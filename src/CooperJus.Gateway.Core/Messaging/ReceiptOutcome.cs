namespace CooperJus.Gateway.Core.Messaging;

/// <summary>What the receiving gateway did with a message; written in lowercase on the wire.</summary>
public enum ReceiptOutcome
{
    /// <summary>The message was verified, validated and stored; the receiver is now responsible for it.</summary>
    Accepted,

    /// <summary>The message was refused for the reasons in <see cref="Receipt.Errors"/>. Sending the same bytes again cannot succeed.</summary>
    Rejected,

    /// <summary>A message with this id was accepted before; <see cref="Receipt.OriginalReceipt"/> is the receipt given then.</summary>
    Duplicate,
}
