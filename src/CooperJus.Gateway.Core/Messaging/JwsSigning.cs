using Microsoft.IdentityModel.JsonWebTokens;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>Creates compact JWS with Microsoft.IdentityModel: header <c>alg</c> ES256, <c>kid</c>, <c>typ</c>, <c>cty</c> json.</summary>
internal static class JwsSigning
{
    // The handler holds no per-call state; one instance serves every thread.
    private static readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>
    /// Signs <paramref name="payloadJson"/> as it is: the library base64url-encodes its UTF-8 bytes unchanged (no claims
    /// are added), so what the receiver decodes is exactly what was serialised here.
    /// </summary>
    public static string Sign(string payloadJson, GatewayKey key, string type) =>
        _handler.CreateToken(
            payloadJson,
            key.SigningCredentials,
            new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["typ"] = type,
                ["cty"] = PartnerProtocol.ContentType,
            });
}
