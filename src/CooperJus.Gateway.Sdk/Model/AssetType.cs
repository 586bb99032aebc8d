namespace CooperJus.Gateway.Sdk.Model;

/// <summary>What kind of asset an <see cref="Asset"/> is.</summary>
public enum AssetType
{
    /// <summary>A bank account (see <see cref="Asset.BankAccount"/>).</summary>
    BankAccount,
    /// <summary>Land or buildings.</summary>
    RealEstate,
    /// <summary>A car, lorry, boat or aircraft.</summary>
    Vehicle,
    /// <summary>A sum of money (see <see cref="Asset.Value"/>).</summary>
    Money,
    /// <summary>A cultural object described with the Object ID fields (see <see cref="Asset.CulturalObject"/>).</summary>
    CulturalObject,
    /// <summary>Anything else.</summary>
    Other,
}
