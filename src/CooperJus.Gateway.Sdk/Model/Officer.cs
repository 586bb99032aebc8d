namespace CooperJus.Gateway.Sdk.Model;

/// <summary>A named official.</summary>
public sealed record Officer
{
    /// <summary>Name as written.</summary>
    public required string Name { get; init; }

    /// <summary>Function, for example <c>Fiscal Provincial</c> or <c>Procurador da República</c>.</summary>
    public string? Role { get; init; }
}
