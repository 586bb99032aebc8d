namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// A receipt's own rules (<c>receipt.v1.schema.json</c>, plus what the schema cannot say: which outcome carries
/// errors, which carries the original receipt), shared by signer and verifier.
/// </summary>
internal static class ReceiptChecks
{
    public static string? ShapeProblem(Receipt receipt)
    {
        if (receipt.MessageId is not null && !Identifiers.IsMessageId(receipt.MessageId)) return $"The messageId '{receipt.MessageId}' is not a lowercase UUID.";
        if (!Identifiers.IsGatewayId(receipt.Receiver)) return $"The receiver '{receipt.Receiver}' is not a gateway id ({Identifiers.GatewayIdShape}).";
        if (receipt.Sender is not null && !Identifiers.IsGatewayId(receipt.Sender)) return $"The sender '{receipt.Sender}' is not a gateway id ({Identifiers.GatewayIdShape}).";
        if (!Identifiers.IsSha256Hex(receipt.PayloadSha256)) return "The payloadSha256 is not 64 lowercase hexadecimal digits.";
        if (!Enum.IsDefined(receipt.Outcome)) return $"The outcome '{receipt.Outcome}' is not accepted, rejected or duplicate.";
        return OutcomeProblem(receipt);
    }

    private static string? OutcomeProblem(Receipt receipt)
    {
        if (receipt.Errors is null) return "The errors list is missing.";
        if (receipt.Errors.Any(e => !Identifiers.IsRuleId(e.Rule) || string.IsNullOrWhiteSpace(e.Message)))
            return "Every error needs a rule id (lowercase words joined by dots and hyphens) and a message.";
        var rejected = receipt.Outcome == ReceiptOutcome.Rejected;
        if (rejected && receipt.Errors.Count == 0) return "A rejected receipt must say why in errors.";
        if (!rejected && receipt.Errors.Count > 0) return $"An {receipt.Outcome.ToString().ToLowerInvariant()} receipt carries no errors.";
        if (!rejected && (receipt.MessageId is null || receipt.Sender is null)) return "Only a rejected receipt may lack messageId or sender.";
        var duplicate = receipt.Outcome == ReceiptOutcome.Duplicate;
        if (duplicate && string.IsNullOrEmpty(receipt.OriginalReceipt)) return "A duplicate receipt must carry the original receipt.";
        if (!duplicate && receipt.OriginalReceipt is not null) return "Only a duplicate receipt carries an original receipt.";
        return null;
    }
}
