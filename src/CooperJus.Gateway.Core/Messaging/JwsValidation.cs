using Microsoft.IdentityModel.Tokens;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// How every signed document of the gateway (envelope, receipt, audit checkpoint) is checked: ES256 only, the expected
/// <c>typ</c>, a signature required, and none of the access-token checks (issuer, audience, expiry) that do not apply.
/// </summary>
internal static class JwsValidation
{
    /// <summary>Parameters that accept a JWS of <paramref name="type"/> signed by the one of <paramref name="keys"/> its <c>kid</c> names.</summary>
    public static TokenValidationParameters Parameters(IEnumerable<SecurityKey> keys, string type) => new()
    {
        IssuerSigningKeys = keys,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = [PartnerProtocol.Algorithm],
        ValidTypes = [type],
        RequireSignedTokens = true,
        // Not access tokens: who sent it, to whom, and when are checked from the payload by the callers.
        ValidateIssuer = false,
        ValidateAudience = false,
        ValidateLifetime = false,
        RequireExpirationTime = false,
        LogValidationExceptions = false,
    };
}
