namespace CooperJus.Gateway.Core.Audit.Evidence;

/// <summary>A signed file of the bundle and the public key file that verifies it.</summary>
/// <param name="File">The compact JWS file (<c>envelope.jws</c>, <c>receipt.jws</c>, <c>checkpoint.jws</c>).</param>
/// <param name="KeyId">The <c>kid</c> its protected header names, or null when the header cannot be read.</param>
/// <param name="KeyFile">The JWK file in the bundle that verifies it, or null when the signer's key is not known here.</param>
/// <param name="Signer">Who signed it, in words (this gateway, or partner <c>es</c>).</param>
public sealed record EvidenceSignature(string File, string? KeyId, string? KeyFile, string Signer);
