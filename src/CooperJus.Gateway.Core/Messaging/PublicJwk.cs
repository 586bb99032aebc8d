using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.IdentityModel.Tokens;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// A partner's public key as a JSON Web Key (RFC 7517): an EC P-256 key for ES256. Bindable from configuration (the
/// JWK object pasted under <c>Partners:n:Keys:m:Jwk</c>) and readable from the JSON text <c>cooperjus keys generate</c>
/// prints.
/// </summary>
public sealed class PublicJwk
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Key type; must be <c>EC</c>.</summary>
    public string? Kty { get; set; }

    /// <summary>Curve; must be <c>P-256</c>.</summary>
    public string? Crv { get; set; }

    /// <summary>The x coordinate, base64url without padding (32 bytes).</summary>
    public string? X { get; set; }

    /// <summary>The y coordinate, base64url without padding (32 bytes).</summary>
    public string? Y { get; set; }

    /// <summary>Key id; optional here, but when present it must equal the key id it is configured under.</summary>
    public string? Kid { get; set; }

    /// <summary>Intended use; when present it must be <c>sig</c>.</summary>
    public string? Use { get; set; }

    /// <summary>Algorithm; when present it must be <c>ES256</c>.</summary>
    public string? Alg { get; set; }

    /// <summary>
    /// The private part. It must be absent: it is declared only so that a private key pasted into the partner
    /// directory by mistake is refused with a clear message rather than silently ignored.
    /// </summary>
    public string? D { get; set; }

    /// <summary>Reads a JWK from its JSON text. Unknown members (<c>key_ops</c>, <c>x5c</c>…) are ignored.</summary>
    /// <exception cref="JsonException">The text is not a JSON object.</exception>
    public static PublicJwk Parse(string json) =>
        JsonSerializer.Deserialize<PublicJwk>(json, _json) ?? throw new JsonException("The JWK is the JSON literal null.");

    /// <summary>The JWK as compact JSON text, members in the order kty, crv, x, y, kid, use, alg.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, _json);

    /// <summary>What is wrong with this JWK as an ES256 verification key, each problem prefixed by <paramref name="where"/>; empty when usable.</summary>
    internal IReadOnlyList<string> Problems(string where, string keyId)
    {
        var problems = new List<string>();
        if (Kty != "EC") problems.Add($"{where}.Kty is '{Kty}'; it must be 'EC' (ES256 keys are elliptic-curve keys).");
        if (Crv != "P-256") problems.Add($"{where}.Crv is '{Crv}'; it must be 'P-256' (the curve of ES256).");
        if (Kid is not null && Kid != keyId) problems.Add($"{where}.Kid is '{Kid}' but the key is configured as '{keyId}'; they must be the same.");
        if (Use is not null && Use != "sig") problems.Add($"{where}.Use is '{Use}'; it must be 'sig' or absent.");
        if (Alg is not null && Alg != "ES256") problems.Add($"{where}.Alg is '{Alg}'; it must be 'ES256' or absent.");
        if (D is not null) problems.Add($"{where} contains a private key ('d'); give only the public JWK that `cooperjus keys generate` prints, and treat that private key as compromised.");
        foreach (var (name, value) in new[] { ("X", X), ("Y", Y) }.Where(c => IsPlaceholder(c.Item2)))
            problems.Add($"{where}.{name} is the placeholder '{value}'; paste the public JWK the partner's `cooperjus keys generate` printed.");
        if (problems.Count == 0 && CoordinatesProblem() is { } coordinates) problems.Add($"{where}: {coordinates}");
        return problems;
    }

    /// <summary>The key for verifying, named <paramref name="keyId"/>. Call only when <see cref="Problems"/> is empty.</summary>
    internal ECDsaSecurityKey ToSecurityKey(string keyId) =>
        new(ECDsa.Create(Parameters())) { KeyId = keyId };

    /// <summary>The JWK of a public key.</summary>
    internal static PublicJwk From(ECParameters publicKey, string keyId) => new()
    {
        Kty = "EC",
        Crv = "P-256",
        X = Base64UrlEncoder.Encode(publicKey.Q.X),
        Y = Base64UrlEncoder.Encode(publicKey.Q.Y),
        Kid = keyId,
        Use = "sig",
        Alg = "ES256",
    };

    private string? CoordinatesProblem()
    {
        if (Coordinate(X) is not { Length: 32 } || Coordinate(Y) is not { Length: 32 })
            return "x and y must each be 32 bytes in base64url without padding.";
        try
        {
            // Importing checks that the point lies on the curve, so a mistyped key fails at start-up, not at the first message.
            using var key = ECDsa.Create(Parameters());
            return null;
        }
        catch (CryptographicException)
        {
            return "x and y are not a point on the P-256 curve.";
        }
    }

    // The sample configuration writes "<from the partner>": say so, rather than that it is not 32 bytes of base64url.
    private static bool IsPlaceholder(string? value) =>
        value is { Length: > 1 } text && text[0] == '<' && text[^1] == '>';

    private ECParameters Parameters() => new()
    {
        Curve = ECCurve.NamedCurves.nistP256,
        Q = new ECPoint { X = Coordinate(X), Y = Coordinate(Y) },
    };

    private static byte[]? Coordinate(string? base64Url)
    {
        if (base64Url is null || base64Url.Contains('=', StringComparison.Ordinal)) return null;
        try
        {
            return Base64UrlEncoder.DecodeBytes(base64Url);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
