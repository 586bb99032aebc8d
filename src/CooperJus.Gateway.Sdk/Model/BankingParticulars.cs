namespace CooperJus.Gateway.Sdk.Model;

/// <summary>What a banking measure asks for: which accounts, which period, which documents.</summary>
public sealed record BankingParticulars
{
    /// <summary>Refs of the bank-account assets concerned.</summary>
    public IReadOnlyList<string> AccountRefs { get; init; } = [];

    /// <summary>The period of the records sought.</summary>
    public DateRange? Period { get; init; }

    /// <summary>Kinds of bank document sought.</summary>
    public IReadOnlyList<BankDocumentType> DocumentTypes { get; init; } = [];
}
