namespace CooperJus.Gateway.Sdk.Model;

/// <summary>Conditions the requesting State asks for the execution of the whole request (UNCAC art. 46(17) and (18); EIO Directive art. 9(4)).</summary>
public sealed record ExecutionConditions
{
    /// <summary>Whether officials of the requesting State ask to be present at the execution.</summary>
    public bool PresenceOfRequestingOfficials { get; init; }

    /// <summary>The officials who would attend.</summary>
    public IReadOnlyList<Officer> Officials { get; init; } = [];

    /// <summary>Formalities and procedures asked for the whole request, as written.</summary>
    public string? Formalities { get; init; }
}
