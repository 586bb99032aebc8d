namespace CooperJus.Gateway.Sdk.Model;

/// <summary>Confidentiality of the request and limits on using what is obtained (speciality, Nassau art. 25).</summary>
public sealed record Confidentiality
{
    /// <summary>Whether the existence and content of the request must be kept confidential.</summary>
    public bool Confidential { get; init; }

    /// <summary>Limits on using the evidence for other purposes, as written.</summary>
    public IReadOnlyList<string> UseLimitations { get; init; } = [];
}
