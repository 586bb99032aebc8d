namespace CooperJus.Gateway.Sdk.Model;

/// <summary>The requesting authority, with the national references of the request and its case.</summary>
public sealed record IssuingAuthority : Authority
{
    /// <summary>The national case (file) number exactly as written, for example <c>2506015500-2024-45-0</c>.</summary>
    public required string CaseReference { get; init; }

    /// <summary>The national number of this request when it differs from the case number (<c>SGF-2024-000123</c>).</summary>
    public string? RequestReference { get; init; }

    /// <summary>The national case-management system the request comes from (<c>SGF</c>, <c>UNICO</c>, <c>FORTUNY</c>).</summary>
    public required string NationalSystem { get; init; }
}
