using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// The checks an envelope and a receipt share, in order, stopping at the first failure: canonical compact shape,
/// header (<c>alg</c> ES256, the expected <c>typ</c>, a <c>kid</c>, no <c>crit</c>) and payload both JSON objects, key
/// known, key valid at the instant, signature.
/// </summary>
/// <remarks>
/// The ES256 signature is verified over the body's own bytes (<c>header.payload</c>, RFC 7515 §5.2) with the partner's
/// key, not through a token library's string API: such an API copies the whole JWS into strings and parses every claim,
/// which for an envelope of megabytes costs several times its size per request, and Microsoft.IdentityModel refuses
/// tokens over 250 KB outright, although the gateway accepts envelopes up to <c>Messaging:MaxEnvelopeBytes</c>.
/// </remarks>
internal sealed class SignedDocumentVerifier
{
    // Bodies up to this size are decoded before their signature is checked; larger ones only once it holds.
    private const int SmallBodyBytes = 256 * 1024;

    private readonly PartnerDirectory _directory;
    private readonly JwsProfile _profile;

    public SignedDocumentVerifier(PartnerDirectory directory, JwsProfile profile)
    {
        _directory = directory;
        _profile = profile;
    }

    /// <summary>
    /// Verifies <paramref name="body"/>. When <paramref name="keyValidAt"/> is null the validity window is left to the
    /// caller (a duplicate's original receipt is judged at the instant it was signed, known only from its payload).
    /// </summary>
    public Task<SignedDocument> VerifyAsync(ReadOnlyMemory<byte> body, DateTimeOffset? keyValidAt) => Task.FromResult(Verify(body.Span, keyValidAt));

    private SignedDocument Verify(ReadOnlySpan<byte> body, DateTimeOffset? keyValidAt)
    {
        if (CompactJwsShape.Problem(body) is { } shape) return Failure(null, null, null, null, _profile.Malformed, shape);
        var headerEnd = body.IndexOf((byte)'.');
        var signedEnd = headerEnd + 1 + body[(headerEnd + 1)..].IndexOf((byte)'.');
        // Until the signature holds, anyone may have sent it: a large body is then neither copied nor decoded (its
        // evidence is its hash and first bytes), a small one is, so that the refusal can name its message id.
        var small = body.Length <= SmallBodyBytes;
        var jws = small ? Encoding.ASCII.GetString(body) : null;
        var payload = small ? JsonObjectOrNull(Base64Url.DecodeFromUtf8(body[(headerEnd + 1)..signedEnd])) : null;
        var header = JwsHeader.Read(body[..headerEnd]);
        if (header is null || (small && payload is null))
            return Failure(jws, null, null, null, _profile.Malformed, $"The {_profile.Noun}'s header or payload is not a JSON object.");
        if (HeaderProblem(header) is { } problem) return Failure(jws, null, null, payload, _profile.Malformed, problem);
        var resolution = _directory.ResolveKey(header.Kid, keyValidAt ?? DateTimeOffset.MinValue);
        if (resolution.Status == KeyResolutionStatus.Unknown)
            return Failure(jws, header.Kid, resolution, payload, _profile.UnknownKey, $"The {_profile.Noun} is signed with key '{header.Kid}', which no partner in this gateway's directory has.");
        if (keyValidAt is { } instant && resolution.Status == KeyResolutionStatus.OutsideValidity)
            return Failure(jws, header.Kid, resolution, payload, _profile.KeyNotValidNow, NotValidNow(resolution.Key!, instant));
        var key = resolution.Key!;
        var signature = Base64Url.DecodeFromUtf8(body[(signedEnd + 1)..]);
        // ES256 signatures are R || S, 32 bytes each (RFC 7518 §3.4), the format VerifyData reads by default.
        if (signature.Length != 64 || !key.SecurityKey.ECDsa.VerifyData(body[..signedEnd], signature, HashAlgorithmName.SHA256))
        {
            return Failure(jws, header.Kid, resolution, payload, _profile.BadSignature,
                $"The signature does not verify with key '{key.KeyId}' of partner '{key.PartnerId}': the {_profile.Noun} was changed after signing, or signed with another key.");
        }
        jws ??= Encoding.ASCII.GetString(body);
        payload ??= JsonObjectOrNull(Base64Url.DecodeFromUtf8(body[(headerEnd + 1)..signedEnd]));
        return payload is null
            ? Failure(jws, header.Kid, resolution, null, _profile.Malformed, $"The {_profile.Noun}'s header or payload is not a JSON object.")
            : new SignedDocument(jws, header.Kid, resolution, payload, null);
    }

    private string? HeaderProblem(JwsHeader header)
    {
        if (header.Alg != PartnerProtocol.Algorithm) return $"The {_profile.Noun}'s JWS header has alg '{header.Alg}'; only {PartnerProtocol.Algorithm} is accepted.";
        if (header.Typ != _profile.Type) return $"The JWS header has typ '{header.Typ}'; {_profile.Noun}s have typ '{_profile.Type}'.";
        if (header.Kid.Length == 0) return $"The {_profile.Noun}'s JWS header has no kid naming the signing key.";
        if (header.HasCrit) return $"The {_profile.Noun}'s JWS header has a crit member; no JWS extension is supported.";
        if (header.Cty is { } cty && cty != PartnerProtocol.ContentType)
            return $"The {_profile.Noun}'s JWS header has cty '{cty}'; it must be '{PartnerProtocol.ContentType}' or absent.";
        return null;
    }

    /// <summary>
    /// <paramref name="json"/> when it is valid UTF-8 holding one JSON object and nothing else (read without building
    /// it); otherwise null. The reader alone does not check the UTF-8 inside strings, and every later reader would throw.
    /// </summary>
    private static byte[]? JsonObjectOrNull(byte[] json)
    {
        if (!System.Text.Unicode.Utf8.IsValid(json)) return null;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            reader.Skip();
            return reader.Read() ? null : json;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string NotValidNow(PartnerKey key, DateTimeOffset instant) =>
        $"Key '{key.KeyId}' of partner '{key.PartnerId}' is {key.DescribeWindow()}; this gateway's clock says "
        + $"{instant.ToString("O", System.Globalization.CultureInfo.InvariantCulture)} (clock-skew tolerance {_directory.ClockSkew}).";

    private static SignedDocument Failure(string? jws, string? keyId, KeyResolution? key, byte[]? payload, string rule, string message) =>
        new(jws, keyId, key, payload, new ProtocolError(rule, message));
}
