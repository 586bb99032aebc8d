namespace CooperJus.Gateway.Core.Storage;

/// <summary>What became of a claimed intake file.</summary>
public enum IntakeOutcome
{
    /// <summary>Its messages are in the outbox. Its SHA-256 now marks the same content as a duplicate.</summary>
    Accepted,

    /// <summary>Nothing could be sent; the report says why. The same content may be dropped again after a fix.</summary>
    Failed,
}
