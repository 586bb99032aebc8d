namespace CooperJus.Gateway.Sdk.Model;

/// <summary>Who issued a national order.</summary>
public enum OrderIssuer
{
    /// <summary>A judge or court.</summary>
    Court,
    /// <summary>A prosecutor.</summary>
    Prosecutor,
}
