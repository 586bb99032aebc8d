namespace CooperJus.Gateway.Sdk.Model;

/// <summary>Sex as an identity document records it (ICAO Doc 9303: F, M or X).</summary>
public enum Sex
{
    /// <summary>F.</summary>
    Female,
    /// <summary>M.</summary>
    Male,
    /// <summary>X: unspecified on the document.</summary>
    Unspecified,
}
