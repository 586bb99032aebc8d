namespace CooperJus.Gateway.Sdk.Model;

/// <summary>What a telecommunications measure concerns: identifiers and period.</summary>
public sealed record TelecomParticulars
{
    /// <summary>Telephone numbers, device ids, addresses and accounts concerned.</summary>
    public IReadOnlyList<TelecomIdentifier> Identifiers { get; init; } = [];

    /// <summary>The period of the data sought.</summary>
    public DateRange? Period { get; init; }
}
