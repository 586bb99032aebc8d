namespace CooperJus.Gateway.Core.Messaging;

/// <summary>The envelope's own shape rules (those of <c>envelope.v1.schema.json</c>), shared by signer and verifier.</summary>
internal static class EnvelopeChecks
{
    public static string? ShapeProblem(Envelope envelope)
    {
        if (!Identifiers.IsMessageId(envelope.MessageId)) return $"The messageId '{envelope.MessageId}' is not a lowercase UUID.";
        if (!Enum.IsDefined(envelope.Type)) return $"The type '{envelope.Type}' is not a message type.";
        if (!Identifiers.IsGatewayId(envelope.From)) return $"The from '{envelope.From}' is not a gateway id ({Identifiers.GatewayIdShape}).";
        if (!Identifiers.IsGatewayId(envelope.To)) return $"The to '{envelope.To}' is not a gateway id ({Identifiers.GatewayIdShape}).";
        if (envelope.Payload.ValueKind != System.Text.Json.JsonValueKind.Object) return $"The payload is a JSON {envelope.Payload.ValueKind.ToString().ToLowerInvariant()}; it must be an object (a canonical document).";
        return null;
    }
}
