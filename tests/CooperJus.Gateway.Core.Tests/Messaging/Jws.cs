using System.Text;
using CooperJus.Gateway.Core.Messaging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CooperJus.Gateway.Core.Tests.Messaging;

/// <summary>Takes compact JWS apart and puts odd ones together, to build what a careless or hostile partner would send.</summary>
internal static class Jws
{
    public static string[] Parts(string jws) => jws.Split('.');

    public static string HeaderText(string jws) => Base64UrlEncoder.Decode(Parts(jws)[0]);

    public static string PayloadText(string jws) => Base64UrlEncoder.Decode(Parts(jws)[1]);

    /// <summary>The same header and signature around another payload: what tampering in transit produces.</summary>
    public static string WithPayload(string jws, string payloadJson)
    {
        var parts = Parts(jws);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payloadJson)}.{parts[2]}";
    }

    /// <summary>Signs any payload text as an envelope, correctly, with <paramref name="key"/>: for payloads our signer would refuse to write.</summary>
    public static string SignEnvelopeText(string payloadJson, GatewayKey key) => JwsSigning.Sign(payloadJson, key, PartnerProtocol.EnvelopeType);

    /// <summary>Signs with a chosen header: extra members added to alg and kid, which come from the credentials.</summary>
    public static string SignWithHeader(string payloadJson, SigningCredentials credentials, Dictionary<string, object> header) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(payloadJson, credentials, header);

    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
