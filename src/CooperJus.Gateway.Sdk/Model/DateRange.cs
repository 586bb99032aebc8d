namespace CooperJus.Gateway.Sdk.Model;

/// <summary>A closed range of calendar dates; a single day has <see cref="Start"/> equal to <see cref="End"/>.</summary>
public sealed record DateRange
{
    /// <summary>First day.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>Last day (not before <see cref="Start"/>).</summary>
    public DateOnly? End { get; init; }
}
