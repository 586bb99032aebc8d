namespace CooperJus.Gateway.Sdk.Model;

/// <summary>A sum of money: a plain decimal string (never a float) plus its ISO 4217 currency.</summary>
public sealed record MonetaryAmount
{
    /// <summary>Decimal with a dot and no grouping, for example <c>1234567.89</c>.</summary>
    public required string Amount { get; init; }

    /// <summary>ISO 4217 alphabetic code, for example <c>PEN</c>, <c>BRL</c>, <c>EUR</c>, <c>USD</c>.</summary>
    public required string Currency { get; init; }
}
