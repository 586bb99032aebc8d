namespace CooperJus.Gateway.Sdk.Model;

/// <summary>A bank account.</summary>
public sealed record BankAccount
{
    /// <summary>Bank name as written.</summary>
    public string? Bank { get; init; }

    /// <summary>Branch (agência) as written.</summary>
    public string? Branch { get; init; }

    /// <summary>Account number or IBAN as written.</summary>
    public required string AccountNumber { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country of the bank.</summary>
    public string? Country { get; init; }
}
