namespace CooperJus.Gateway.Sdk.Model;

/// <summary>Costs of executing a request (UNCAC art. 46(28): ordinary costs fall on the requested State; extraordinary ones are agreed).</summary>
public sealed record ExecutionCosts
{
    /// <summary>The amount.</summary>
    public required MonetaryAmount Amount { get; init; }

    /// <summary>Whether the costs are substantial or extraordinary, so the States must agree on them.</summary>
    public bool Extraordinary { get; init; }

    /// <summary>What they are for, as written.</summary>
    public string? Description { get; init; }
}
