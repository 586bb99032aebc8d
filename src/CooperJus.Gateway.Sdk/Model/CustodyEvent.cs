namespace CooperJus.Gateway.Sdk.Model;

/// <summary>One link of a chain of custody: who took the evidence, when, and what was done.</summary>
public sealed record CustodyEvent
{
    /// <summary>The date.</summary>
    public required DateOnly On { get; init; }

    /// <summary>Who held the evidence from that date, as written.</summary>
    public required string Holder { get; init; }

    /// <summary>What was done (seized, sealed, analysed, handed over), as written.</summary>
    public string? Action { get; init; }
}
