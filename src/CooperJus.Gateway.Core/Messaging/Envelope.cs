using System.Text.Json;
using System.Text.Json.Serialization;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// What travels between two gateways, signed by the sender as a compact JWS (see <c>EnvelopeSigner</c>). It
/// mirrors <c>schemas/envelope.v1.schema.json</c>; a test keeps both in step.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Envelope
{
    /// <summary>Lowercase UUID chosen by the sender, new for every message and kept across resends: the receiver de-duplicates on it.</summary>
    public required string MessageId { get; init; }

    /// <summary>Whether <see cref="Payload"/> is a cooperation request or a cooperation response.</summary>
    public required MessageType Type { get; init; }

    /// <summary>Gateway id of the sender; must be the partner that owns the signing key.</summary>
    public required string From { get; init; }

    /// <summary>Gateway id of the recipient; a gateway refuses messages addressed to another.</summary>
    public required string To { get; init; }

    /// <summary>When the sender sealed the message.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// The canonical document, a JSON object as the sender's <c>CanonicalJson</c> wrote it. The envelope checks only that
    /// it is an object; the receiving gateway validates it against the schema named by <see cref="Type"/>.
    /// </summary>
    public required JsonElement Payload { get; init; }
}
