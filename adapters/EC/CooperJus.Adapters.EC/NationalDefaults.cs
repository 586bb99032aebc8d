namespace CooperJus.Adapters.EC;

/// <summary>What the adapter fills in itself because every record of the SIAF export shares it.</summary>
internal static class NationalDefaults
{
    /// <summary>The adapter id and the issuing country (ISO 3166-1 alpha-2).</summary>
    public const string Country = "EC";

    /// <summary>The national system: <c>issuingAuthority.nationalSystem</c>, and part of every request id.</summary>
    public const string NationalSystem = "SIAF";

    /// <summary>The system name the response ids are derived with, so a response number never collides with a request number.</summary>
    public const string ResponseSystem = "SIAF-RESPUESTA";

    /// <summary>The one layout version this adapter reads and writes (<c>versionFormato</c>).</summary>
    public const string FormatVersion = "1.0";

    /// <summary>The language of the export's free text (BCP 47).</summary>
    public const string Language = "es";

    /// <summary>Ecuador's currency since the dollarisation of 2000: what <c>$</c> means in a SIAF amount.</summary>
    public const string Currency = "USD";
}
