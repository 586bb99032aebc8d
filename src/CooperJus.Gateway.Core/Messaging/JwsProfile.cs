namespace CooperJus.Gateway.Core.Messaging;

/// <summary>What differs between checking an envelope and checking a receipt: the <c>typ</c> header, the words, the rule ids.</summary>
internal sealed record JwsProfile(string Type, string Noun, string Malformed, string UnknownKey, string KeyNotValidNow, string BadSignature)
{
    public static JwsProfile Envelope { get; } = new(
        PartnerProtocol.EnvelopeType,
        "envelope",
        MessagingRules.EnvelopeMalformed,
        MessagingRules.EnvelopeUnknownKey,
        MessagingRules.EnvelopeKeyNotValidNow,
        MessagingRules.EnvelopeBadSignature);

    public static JwsProfile Receipt { get; } = new(
        PartnerProtocol.ReceiptType,
        "receipt",
        MessagingRules.ReceiptMalformed,
        MessagingRules.ReceiptUnknownKey,
        MessagingRules.ReceiptKeyNotValidNow,
        MessagingRules.ReceiptBadSignature);
}
