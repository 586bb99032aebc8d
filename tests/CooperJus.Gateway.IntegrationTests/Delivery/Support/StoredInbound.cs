using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace CooperJus.Gateway.IntegrationTests.Delivery.Support;

/// <summary>A message in a gateway's inbox, read from its SQLite file.</summary>
/// <param name="MessageId">The envelope's message id.</param>
/// <param name="MessageType"><c>cooperation-request</c> or <c>cooperation-response</c>.</param>
/// <param name="Envelope">The signed envelope exactly as received (compact JWS).</param>
/// <param name="Payload">The canonical JSON stored for the national system.</param>
internal sealed record StoredInbound(string MessageId, string MessageType, byte[] Envelope, string Payload)
{
    /// <summary>The payload as the sender signed it: the <c>payload</c> of the envelope inside the JWS.</summary>
    public JsonObject SignedPayload()
    {
        var jws = Encoding.ASCII.GetString(Envelope);
        var envelope = JsonNode.Parse(Base64UrlEncoder.DecodeBytes(jws.Split('.')[1]))!.AsObject();
        return envelope["payload"]!.AsObject();
    }

    /// <summary>The stored payload, parsed.</summary>
    public JsonObject StoredPayload() => JsonNode.Parse(Payload)!.AsObject();
}
