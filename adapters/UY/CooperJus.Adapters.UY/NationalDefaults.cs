namespace CooperJus.Adapters.UY;

/// <summary>What the adapter fills in itself because every solicitud of the SIPPAU export shares it.</summary>
internal static class NationalDefaults
{
    /// <summary>The adapter id and the issuing country of the fiscalía's own solicitudes (ISO 3166-1 alpha-2).</summary>
    public const string Country = "UY";

    /// <summary>The national system: <c>issuingAuthority.nationalSystem</c>, and part of every request id.</summary>
    public const string NationalSystem = "SIPPAU";

    /// <summary>The national system of respuestas: part of every response id derived from a respuesta number.</summary>
    public const string ResponseSystem = "SIPPAU-RESPUESTA";

    /// <summary>The language of the export's free text (BCP 47).</summary>
    public const string Language = "es";
}
