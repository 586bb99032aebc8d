using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CooperJus.Gateway.Web;

/// <summary>
/// Salted, slow password hashes for the auditor view's accounts, in one self-describing string:
/// <c>pbkdf2-sha256$600000$&lt;salt, base64&gt;$&lt;key, base64&gt;</c>. The algorithm and the iteration count travel with
/// the hash, so raising the count later leaves existing accounts working; the salt is random per account, so two
/// accounts with the same password have different hashes.
/// </summary>
internal static class PasswordHashing
{
    /// <summary>The algorithm word at the start of every hash.</summary>
    public const string Algorithm = "pbkdf2-sha256";

    /// <summary>Iterations of new hashes: OWASP's figure for PBKDF2-HMAC-SHA256 (2023).</summary>
    public const int DefaultIterations = 600_000;

    /// <summary>Fewer iterations than this make a hash too cheap to guess against; configuration refuses it.</summary>
    public const int MinimumIterations = 100_000;

    // A ceiling too: a hash from the configuration must not let one sign-in attempt burn minutes of CPU.
    private const int MaximumIterations = 10_000_000;
    private const int SaltBytes = 16;
    private const int KeyBytes = 32;

    /// <summary>Hashes <paramref name="password"/> with a fresh random salt.</summary>
    public static string Hash(string password, int iterations = DefaultIterations)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, MinimumIterations);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var key = Derive(password, salt, iterations, KeyBytes);
        return string.Create(CultureInfo.InvariantCulture, $"{Algorithm}${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(key)}");
    }

    /// <summary>True when <paramref name="password"/> is the one <paramref name="hash"/> was made from (constant-time comparison).</summary>
    public static bool Verify(string password, ParsedPasswordHash hash)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(hash);
        var key = Derive(password, hash.Salt, hash.Iterations, hash.Key.Length);
        return CryptographicOperations.FixedTimeEquals(key, hash.Key);
    }

    /// <summary>Reads a hash string; on failure, <paramref name="problem"/> says what is wrong with it (never its content).</summary>
    public static bool TryParse(string? text, out ParsedPasswordHash? hash, out string problem)
    {
        hash = null;
        var parts = (text ?? "").Split('$');
        if (parts.Length != 4 || parts[0] != Algorithm)
        {
            problem = $"not a password hash of the form {Algorithm}$<iterations>$<salt>$<key> (make one with `cooperjus accounts hash-password`)";
            return false;
        }
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations is < MinimumIterations or > MaximumIterations)
        {
            problem = $"the iteration count must be a number from {MinimumIterations} to {MaximumIterations}";
            return false;
        }
        var salt = FromBase64(parts[2]);
        var key = FromBase64(parts[3]);
        if (salt is null || salt.Length < SaltBytes || key is null || key.Length < KeyBytes)
        {
            problem = $"the salt and the key must be base64 of at least {SaltBytes} and {KeyBytes} bytes";
            return false;
        }
        hash = new ParsedPasswordHash(iterations, salt, key);
        problem = "";
        return true;
    }

    private static byte[] Derive(string password, byte[] salt, int iterations, int length) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, length);

    private static byte[]? FromBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }
}
