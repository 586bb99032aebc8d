namespace CooperJus.Adapters.CL;

/// <summary>What the adapter fills in itself because every request of the SAF export shares it.</summary>
internal static class NationalDefaults
{
    /// <summary>The adapter id and the issuing country (ISO 3166-1 alpha-2) unless <c>PaisRequirente</c> says otherwise.</summary>
    public const string Country = "CL";

    /// <summary>The national system: <c>issuingAuthority.nationalSystem</c>, and part of every request id.</summary>
    public const string NationalSystem = "SAF";

    /// <summary>The system part of a response id (<c>RequestIds.FromNationalReference("CL", "SAF-RESPUESTA", folio)</c>).</summary>
    public const string ResponseSystem = "SAF-RESPUESTA";

    /// <summary>The language of the export's free text (BCP 47).</summary>
    public const string Language = "es";
}
