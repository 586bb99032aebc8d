namespace CooperJus.Gateway.Sdk.Model;

/// <summary>A ground for urgency, as a code (UNCAC art. 46(24) asks that deadlines carry their reasons).</summary>
public enum UrgencyGround
{
    /// <summary>A person is detained in the proceedings.</summary>
    DetainedPerson,
    /// <summary>Evidence may be lost, destroyed or altered.</summary>
    EvidenceAtRisk,
    /// <summary>A trial date is near.</summary>
    ImminentTrial,
    /// <summary>The limitation period is about to expire.</summary>
    LimitationPeriod,
    /// <summary>Assets may be moved or dissipated.</summary>
    AssetDissipation,
    /// <summary>Another ground; the reason says what.</summary>
    Other,
}
