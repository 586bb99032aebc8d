namespace CooperJus.Gateway.Sdk.Model;

/// <summary>Contact details.</summary>
public sealed record Contact
{
    /// <summary>E-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Telephone number as written.</summary>
    public string? Phone { get; init; }
}
