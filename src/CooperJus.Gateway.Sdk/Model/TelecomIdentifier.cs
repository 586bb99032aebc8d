namespace CooperJus.Gateway.Sdk.Model;

/// <summary>An identifier of a line, device or account.</summary>
public sealed record TelecomIdentifier
{
    /// <summary>What kind of identifier.</summary>
    public required TelecomIdentifierType Type { get; init; }

    /// <summary>The identifier as written (an MSISDN in international form, <c>+51987654321</c>).</summary>
    public required string Value { get; init; }
}
