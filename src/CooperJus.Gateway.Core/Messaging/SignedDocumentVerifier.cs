using System.Buffers.Text;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// The checks an envelope and a receipt share, in order, stopping at the first failure: canonical compact shape,
/// header (<c>alg</c> ES256, the expected <c>typ</c>, a <c>kid</c>, no <c>crit</c>), key known, key valid at the
/// instant, signature. The signature itself is checked by Microsoft.IdentityModel's <see cref="JsonWebTokenHandler"/>.
/// </summary>
internal sealed class SignedDocumentVerifier
{
    private static readonly JsonWebTokenHandler _handler = new();

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
    public async Task<SignedDocument> VerifyAsync(ReadOnlyMemory<byte> body, DateTimeOffset? keyValidAt)
    {
        if (CompactJwsShape.Problem(body.Span) is { } shape) return Failure(null, null, null, null, _profile.Malformed, shape);
        // The handler refuses longer tokens anyway; refused here, a body of megabytes is never copied into a string first.
        if (body.Length > _handler.MaximumTokenSizeInBytes)
            return Failure(null, null, null, null, _profile.Malformed, $"The {_profile.Noun} is {body.Length} bytes; a JWS of more than {_handler.MaximumTokenSizeInBytes} bytes is not read.");
        var jws = Encoding.ASCII.GetString(body.Span);
        JsonWebToken token;
        try
        {
            token = _handler.ReadJsonWebToken(jws);
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenMalformedException)
        {
            return Failure(jws, null, null, null, _profile.Malformed, $"The {_profile.Noun}'s header or payload is not a JSON object.");
        }
        var payload = DecodePayload(body.Span);
        if (HeaderProblem(token) is { } header) return Failure(jws, null, null, payload, _profile.Malformed, header);
        var resolution = _directory.ResolveKey(token.Kid, keyValidAt ?? DateTimeOffset.MinValue);
        if (resolution.Status == KeyResolutionStatus.Unknown)
            return Failure(jws, token.Kid, resolution, payload, _profile.UnknownKey, $"The {_profile.Noun} is signed with key '{token.Kid}', which no partner in this gateway's directory has.");
        if (keyValidAt is { } instant && resolution.Status == KeyResolutionStatus.OutsideValidity)
            return Failure(jws, token.Kid, resolution, payload, _profile.KeyNotValidNow, NotValidNow(resolution.Key!, instant));
        return await CheckSignatureAsync(jws, token, resolution, payload).ConfigureAwait(false);
    }

    private async Task<SignedDocument> CheckSignatureAsync(string jws, JsonWebToken token, KeyResolution resolution, byte[]? payload)
    {
        var key = resolution.Key!;
        var result = await _handler.ValidateTokenAsync(token, Parameters(key)).ConfigureAwait(false);
        if (result.IsValid && payload is not null) return new SignedDocument(jws, token.Kid, resolution, payload, null);
        return Failure(jws, token.Kid, resolution, payload, _profile.BadSignature,
            $"The signature does not verify with key '{key.KeyId}' of partner '{key.PartnerId}': the {_profile.Noun} was changed after signing, or signed with another key.");
    }

    private TokenValidationParameters Parameters(PartnerKey key) => JwsValidation.Parameters([key.SecurityKey], _profile.Type);

    private string? HeaderProblem(JsonWebToken token)
    {
        if (token.Alg != PartnerProtocol.Algorithm) return $"The {_profile.Noun}'s JWS header has alg '{token.Alg}'; only {PartnerProtocol.Algorithm} is accepted.";
        if (token.Typ != _profile.Type) return $"The JWS header has typ '{token.Typ}'; {_profile.Noun}s have typ '{_profile.Type}'.";
        if (string.IsNullOrEmpty(token.Kid)) return $"The {_profile.Noun}'s JWS header has no kid naming the signing key.";
        if (token.TryGetHeaderValue<object>("crit", out _)) return $"The {_profile.Noun}'s JWS header has a crit member; no JWS extension is supported.";
        if (token.TryGetHeaderValue<object>("cty", out var cty) && cty as string != PartnerProtocol.ContentType)
            return $"The {_profile.Noun}'s JWS header has cty '{cty}'; it must be '{PartnerProtocol.ContentType}' or absent.";
        return null;
    }

    private string NotValidNow(PartnerKey key, DateTimeOffset instant) =>
        $"Key '{key.KeyId}' of partner '{key.PartnerId}' is {key.DescribeWindow()}; this gateway's clock says "
        + $"{instant.ToString("O", System.Globalization.CultureInfo.InvariantCulture)} (clock-skew tolerance {_directory.ClockSkew}).";

    /// <summary>
    /// The payload part decoded straight from the body's bytes (its shape was checked): not from the token's
    /// <c>EncodedPayload</c>, a copy of the payload text as a string, which for a body of megabytes doubles what one
    /// verification holds.
    /// </summary>
    private static byte[]? DecodePayload(ReadOnlySpan<byte> jws)
    {
        var afterHeader = jws[(jws.IndexOf((byte)'.') + 1)..];
        try
        {
            return Base64Url.DecodeFromUtf8(afterHeader[..afterHeader.IndexOf((byte)'.')]);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static SignedDocument Failure(string? jws, string? keyId, KeyResolution? key, byte[]? payload, string rule, string message) =>
        new(jws, keyId, key, payload, new ProtocolError(rule, message));
}
