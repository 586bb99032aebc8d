using System.Security.Cryptography;
using System.Text;

namespace CooperJus.Gateway.Web;

/// <summary>PBKDF2-HMAC-SHA256 as the platform computes it (OpenSSL on Linux).</summary>
internal sealed class Pbkdf2Derivation : IKeyDerivation
{
    /// <summary>The one instance; it keeps no state.</summary>
    public static readonly Pbkdf2Derivation Instance = new();

    private Pbkdf2Derivation() { }

    /// <inheritdoc/>
    public byte[] Derive(string password, byte[] salt, int iterations, int length) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, length);
}
