namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// What <see cref="SignedDocumentVerifier"/> found in a compact JWS. <see cref="Payload"/> is set whenever the payload
/// part could be decoded, even if the signature failed, so that a rejection can still name the message id.
/// </summary>
internal sealed record SignedDocument(string? Jws, string? KeyId, KeyResolution? Key, byte[]? Payload, ProtocolError? Error)
{
    public bool IsVerified => Error is null;
}
