namespace CooperJus.Gateway.Sdk.Model;

/// <summary>The incident in which a cultural object was lost (the fields of INTERPOL's stolen works of art notices).</summary>
public sealed record CulturalIncident
{
    /// <summary>What happened.</summary>
    public required IncidentType Type { get; init; }

    /// <summary>When, or when it was discovered.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Where, as written.</summary>
    public string? Place { get; init; }

    /// <summary>What kind of place.</summary>
    public SiteType? SiteType { get; init; }
}
