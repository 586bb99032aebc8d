using System.Globalization;
using System.Security.Cryptography;

namespace CooperJus.Gateway.Web;

/// <summary>
/// Salted, slow password hashes for the auditor view's accounts, in one self-describing string:
/// <c>pbkdf2-sha256$600000$&lt;salt, base64&gt;$&lt;key, base64&gt;</c>. The algorithm and the iteration count travel with
/// the hash, so raising the count later leaves existing accounts working; the salt is random per account, so two
/// accounts with the same password have different hashes.
/// </summary>
/// <remarks>
/// The work of checking a password against a hash is its <see cref="Cost"/>: iterations times the 32-byte blocks of
/// its key. Sign-in makes every attempt cost the same, whichever account is named and however its hash was made
/// (<see cref="PasswordCheck"/>), and upgrades an old hash once its password is known (<see cref="PasswordUpgrades"/>).
/// </remarks>
internal static class PasswordHashing
{
    /// <summary>The algorithm word at the start of every hash.</summary>
    public const string Algorithm = "pbkdf2-sha256";

    /// <summary>Iterations of new hashes: OWASP's figure for PBKDF2-HMAC-SHA256 (2023).</summary>
    public const int DefaultIterations = 600_000;

    /// <summary>Fewer iterations than this make a hash too cheap to guess against; configuration refuses it.</summary>
    public const int MinimumIterations = 100_000;

    /// <summary>Bytes of the salt of new hashes, and the fewest a configured hash may have.</summary>
    public const int SaltBytes = 16;

    /// <summary>Bytes of the key of new hashes (one SHA-256 block), and the fewest a configured hash may have.</summary>
    public const int KeyBytes = 32;

    // Ceilings too: a hash from the configuration must not let one sign-in attempt burn minutes of CPU (each further
    // 32 bytes of key is another full run of the iterations).
    private const int MaximumIterations = 10_000_000;
    private const int MaximumBytes = 64;

    /// <summary>The cost of a hash made with the current parameters: what every sign-in attempt costs at least.</summary>
    public static long CurrentCost => DefaultIterations;

    /// <summary>Hashes <paramref name="password"/> with a fresh random salt.</summary>
    public static string Hash(string password, int iterations = DefaultIterations) => Hash(password, iterations, Pbkdf2Derivation.Instance);

    /// <summary>Hashes <paramref name="password"/> with a fresh random salt, deriving with <paramref name="derivation"/>.</summary>
    public static string Hash(string password, int iterations, IKeyDerivation derivation)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(derivation);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, MinimumIterations);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var key = derivation.Derive(password, salt, iterations, KeyBytes);
        return string.Create(CultureInfo.InvariantCulture, $"{Algorithm}${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(key)}");
    }

    /// <summary>True when <paramref name="password"/> is the one <paramref name="hash"/> was made from (constant-time comparison).</summary>
    public static bool Verify(string password, ParsedPasswordHash hash) => Verify(password, hash, Pbkdf2Derivation.Instance);

    /// <summary>True when <paramref name="password"/> is the one <paramref name="hash"/> was made from, deriving with <paramref name="derivation"/>.</summary>
    public static bool Verify(string password, ParsedPasswordHash hash, IKeyDerivation derivation)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentNullException.ThrowIfNull(derivation);
        var key = derivation.Derive(password, hash.Salt, hash.Iterations, hash.Key.Length);
        return CryptographicOperations.FixedTimeEquals(key, hash.Key);
    }

    /// <summary>The work of checking a password against <paramref name="hash"/>: iterations × 32-byte blocks of key.</summary>
    public static long Cost(ParsedPasswordHash hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        return (long)hash.Iterations * ((hash.Key.Length + KeyBytes - 1) / KeyBytes);
    }

    /// <summary>True when <paramref name="hash"/> was made with weaker parameters than new hashes are.</summary>
    public static bool IsOutdated(ParsedPasswordHash hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        return hash.Iterations < DefaultIterations || hash.Salt.Length < SaltBytes || hash.Key.Length < KeyBytes;
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
        if (salt is null || salt.Length is < SaltBytes or > MaximumBytes || key is null || key.Length is < KeyBytes or > MaximumBytes)
        {
            problem = $"the salt and the key must be base64 of {SaltBytes} to {MaximumBytes} and {KeyBytes} to {MaximumBytes} bytes";
            return false;
        }
        hash = new ParsedPasswordHash(iterations, salt, key);
        problem = "";
        return true;
    }

    private static byte[]? FromBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }
}
