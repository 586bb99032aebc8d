namespace CooperJus.Gateway.Sdk.Model;

/// <summary>
/// Confidentiality of the request itself (UNCAC art. 46(20), UNTOC art. 18(20)). Limits on using what is obtained
/// (speciality, UNCAC art. 46(19), Nassau Convention art. 25) are imposed by the requested State and travel in the
/// response (<see cref="CooperationResponse.UseLimitations"/>).
/// </summary>
public sealed record Confidentiality
{
    /// <summary>Whether the existence and content of the request must be kept confidential.</summary>
    public bool Confidential { get; init; }

    /// <summary>Why, in words.</summary>
    public string? Reason { get; init; }
}
