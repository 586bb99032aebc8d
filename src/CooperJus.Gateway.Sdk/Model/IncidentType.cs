namespace CooperJus.Gateway.Sdk.Model;

/// <summary>How a cultural object was lost.</summary>
public enum IncidentType
{
    /// <summary>Stolen.</summary>
    Theft,
    /// <summary>Looted from a site, including illicit excavation.</summary>
    Looting,
    /// <summary>Exported against the law of its country (UNESCO 1970 Convention art. 3).</summary>
    IllicitExport,
    /// <summary>Missing, cause unknown.</summary>
    Missing,
    /// <summary>Anything else.</summary>
    Other,
}
