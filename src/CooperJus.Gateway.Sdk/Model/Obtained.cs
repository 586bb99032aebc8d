namespace CooperJus.Gateway.Sdk.Model;

/// <summary>When and by whom a piece of evidence was obtained.</summary>
public sealed record Obtained
{
    /// <summary>The date.</summary>
    public DateOnly? On { get; init; }

    /// <summary>The authority or person, as written.</summary>
    public string? By { get; init; }
}
