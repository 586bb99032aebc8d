namespace CooperJus.Gateway.Sdk.Model;

/// <summary>Kinds of telecommunications identifier.</summary>
public enum TelecomIdentifierType
{
    /// <summary>A telephone number (MSISDN).</summary>
    Msisdn,
    /// <summary>A handset id (IMEI).</summary>
    Imei,
    /// <summary>A SIM id (IMSI).</summary>
    Imsi,
    /// <summary>An IP address.</summary>
    IpAddress,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>Another account or identifier.</summary>
    Other,
}
