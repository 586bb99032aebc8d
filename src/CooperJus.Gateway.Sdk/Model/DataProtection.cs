namespace CooperJus.Gateway.Sdk.Model;

/// <summary>
/// The legal basis of transferring the request's personal data and the conditions on onward transfer. Transfers from
/// a Member State of the European Union to a third country fall under Directive (EU) 2016/680, chapter V (arts. 35–40).
/// </summary>
public sealed record DataProtection
{
    /// <summary>The legal basis of the transfer, as written (<c>Directiva (UE) 2016/680, art. 37</c>).</summary>
    public required string TransferBasis { get; init; }

    /// <summary>Conditions on transferring the data onwards to another State or body, as written.</summary>
    public IReadOnlyList<string> OnwardTransferConditions { get; init; } = [];
}
