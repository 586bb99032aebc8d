using System.Security.Cryptography;
using System.Text;

namespace CooperJus.Gateway.Sdk;

/// <summary>
/// Stable request ids: the same national record always yields the same id, so a re-exported record is recognised
/// as the one already sent.
/// </summary>
/// <remarks>
/// The id is a name-based UUID version 8 built from SHA-256 as in RFC 9562 appendix B.2 (version 5 would need SHA-1,
/// which the analyzers rightly refuse). The name is <c>country|system|reference</c> with the reference as written.
/// </remarks>
public static class RequestIds
{
    /// <summary>The conversion recorded in lineage for an id derived from a national reference.</summary>
    public const string Conversion = "request-id";

    /// <summary>True when <paramref name="value"/> has the form of a canonical request id: a UUID in lowercase hexadecimal.</summary>
    public static bool IsCanonical(string? value) =>
        value is { Length: 36 } && Guid.TryParseExact(value, "D", out _) && !value.Any(char.IsUpper);

    /// <summary>
    /// True when reading the national reference back gives <paramref name="requestId"/>: a render then need not write
    /// the id itself (only requests from another country, or renamed ones, need the national field that carries it).
    /// </summary>
    public static bool IsDerivedFrom(string requestId, string country, string nationalSystem, string reference) =>
        string.Equals(FromNationalReference(country, nationalSystem, reference), requestId, StringComparison.Ordinal);

    /// <summary>The id for request <paramref name="reference"/> of <paramref name="nationalSystem"/> in <paramref name="country"/>.</summary>
    public static string FromNationalReference(string country, string nationalSystem, string reference)
    {
        ArgumentNullException.ThrowIfNull(country);
        ArgumentNullException.ThrowIfNull(nationalSystem);
        ArgumentNullException.ThrowIfNull(reference);
        // The name country|system|reference, upper-cased and trimmed in place, then encoded: once per record, so
        // without the three intermediate strings and the byte array.
        var trimmed = reference.AsSpan().Trim();
        var length = country.Length + nationalSystem.Length + trimmed.Length + 2;
        Span<char> name = length <= 256 ? stackalloc char[length] : new char[length];
        country.AsSpan().ToUpperInvariant(name);
        name[country.Length] = '|';
        nationalSystem.AsSpan().ToUpperInvariant(name[(country.Length + 1)..]);
        name[country.Length + nationalSystem.Length + 1] = '|';
        trimmed.CopyTo(name[(country.Length + nationalSystem.Length + 2)..]);
        var byteCount = Encoding.UTF8.GetByteCount(name);
        Span<byte> utf8 = byteCount <= 768 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(name, utf8);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(utf8, hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
