namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// The fixed facts of the partner protocol (<c>docs/partner-protocol.openapi.yaml</c>): paths, media type, JWS header
/// values, and the HTTP status that goes with each receipt.
/// </summary>
public static class PartnerProtocol
{
    /// <summary>Where a gateway receives envelopes (POST).</summary>
    public const string MessagesPath = "/partner/v1/messages";

    /// <summary>Where a gateway reports whether it is up (GET).</summary>
    public const string HealthPath = "/health";

    /// <summary>Media type of request and response bodies: a JWS in compact serialisation (RFC 7515 §9.2.1).</summary>
    public const string MediaType = "application/jose";

    /// <summary>The only signature algorithm: ECDSA with P-256 and SHA-256.</summary>
    public const string Algorithm = "ES256";

    /// <summary>JWS <c>typ</c> header of an envelope.</summary>
    public const string EnvelopeType = "cooperjus-envelope+jwt";

    /// <summary>JWS <c>typ</c> header of a receipt.</summary>
    public const string ReceiptType = "cooperjus-receipt+jwt";

    /// <summary>JWS <c>cty</c> header of both: the payload is JSON.</summary>
    public const string ContentType = "json";

    /// <summary>
    /// The HTTP status to answer with: 200 for accepted and duplicate, 413 for a rejection because the body was too
    /// large, 422 for every other rejection. The signed receipt is the body in every case.
    /// </summary>
    public static int StatusCodeFor(Receipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return receipt.Outcome switch
        {
            ReceiptOutcome.Rejected when receipt.Errors.Any(e => e.Rule == MessagingRules.EnvelopeTooLarge) => 413,
            ReceiptOutcome.Rejected => 422,
            _ => 200,
        };
    }
}
