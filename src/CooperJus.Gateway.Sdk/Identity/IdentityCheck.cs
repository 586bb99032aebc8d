using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk.Identity;

/// <summary>The outcome of checking one document number: status, the rule applied, and why it failed.</summary>
public sealed record IdentityCheck
{
    /// <summary>Valid, invalid, or unverified when no rule is known for this document.</summary>
    public required CheckDigitStatus Status { get; init; }

    /// <summary>Stable rule id, for example <c>pe.dni</c>, <c>br.cpf</c>, <c>es.nie</c>, or <c>none</c>.</summary>
    public required string Rule { get; init; }

    /// <summary>Why the number is invalid, in words (<c>check digit should be 5, not 4</c>); null when valid.</summary>
    public string? Reason { get; init; }
}
