namespace CooperJus.Gateway.Core.Audit;

/// <summary>What the hashed header of an event says about its body, and whether the bytes are still kept.</summary>
/// <param name="Sha256">SHA-256 of the body's bytes (lowercase hex), recorded in the header.</param>
/// <param name="Size">The body's length in bytes.</param>
/// <param name="MediaType">Its media type.</param>
/// <param name="IsPruned">True when retention removed the bytes (the hash stays in the chain).</param>
public sealed record AuditBodyInfo(string Sha256, long Size, string MediaType, bool IsPruned);
