namespace CooperJus.Gateway.Sdk.Model;

/// <summary>How a cultural object was lost: what, when, where, and from what kind of site (UNESCO 1970 Convention art. 7(b)(i)).</summary>
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
