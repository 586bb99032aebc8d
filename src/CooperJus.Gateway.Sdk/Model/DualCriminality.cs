namespace CooperJus.Gateway.Sdk.Model;

/// <summary>
/// The requesting authority's statement that the conduct is also an offence in the requested State, where the
/// instrument or a coercive measure needs one (UNCAC art. 46(9); Nassau Convention art. 5).
/// </summary>
public sealed record DualCriminality
{
    /// <summary>The statement, as written.</summary>
    public required string Statement { get; init; }
}
