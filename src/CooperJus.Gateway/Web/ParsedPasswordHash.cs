namespace CooperJus.Gateway.Web;

/// <summary>A password hash read from the configuration: what PBKDF2 needs to check a password against it.</summary>
/// <param name="Iterations">PBKDF2 iterations.</param>
/// <param name="Salt">The account's random salt.</param>
/// <param name="Key">The derived key to compare with.</param>
internal sealed record ParsedPasswordHash(int Iterations, byte[] Salt, byte[] Key);
