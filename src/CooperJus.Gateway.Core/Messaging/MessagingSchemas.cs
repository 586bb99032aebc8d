namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// Resource names of the envelope and receipt schemas, embedded from <c>schemas/</c> like the canonical ones; read
/// them with <see cref="Validation.CanonicalSchemas.Read"/> (for example to serve them to partners).
/// </summary>
public static class MessagingSchemas
{
    /// <summary>Resource name of the envelope v1 schema.</summary>
    public const string EnvelopeV1 = "schemas/envelope.v1.schema.json";

    /// <summary>Resource name of the receipt v1 schema.</summary>
    public const string ReceiptV1 = "schemas/receipt.v1.schema.json";
}
