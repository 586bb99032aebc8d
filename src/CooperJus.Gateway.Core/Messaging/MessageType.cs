namespace CooperJus.Gateway.Core.Messaging;

/// <summary>What an <see cref="Envelope"/> carries; written in kebab-case on the wire (<c>cooperation-request</c>).</summary>
public enum MessageType
{
    /// <summary>A canonical cooperation request (schema <c>cooperation-request.v1</c>).</summary>
    CooperationRequest,

    /// <summary>A canonical cooperation response (schema <c>cooperation-response.v1</c>).</summary>
    CooperationResponse,
}
