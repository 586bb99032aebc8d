namespace CooperJus.Gateway.Adapters.Testing.Conformance;

/// <summary>One thing an adapter does wrong, located, and worded as what to fix or fill in next.</summary>
public sealed record ConformanceFailure
{
    /// <summary>The check that found it (a constant of <see cref="ConformanceCheck"/>).</summary>
    public required string Check { get; init; }

    /// <summary>Where: a file relative to the repository root, with a record id, row, JSON path or line when known.</summary>
    public required string Location { get; init; }

    /// <summary>What is wrong and what to do about it.</summary>
    public required string Message { get; init; }

    /// <summary><c>[check] location: message</c>.</summary>
    public override string ToString() => $"[{Check}] {Location}: {Message}";
}
