namespace CooperJus.Adapters.CL;

/// <summary>What the adapter fills in itself because every record of the SAF export shares it.</summary>
internal static class NationalDefaults
{
    /// <summary>The adapter id and the issuing country (ISO 3166-1 alpha-2).</summary>
    public const string Country = "CL";

    /// <summary>The national system: <c>issuingAuthority.nationalSystem</c>, and part of every request id.</summary>
    public const string NationalSystem = "SAF";

    /// <summary>The language of the export's free text (BCP 47).</summary>
    public const string Language = "es";

    /// <summary>The local ref of the one person a record names (measures and assets point to persons by ref).</summary>
    public const string PersonRef = "p1";
}
