namespace CooperJus.Gateway.Sdk.Model;

/// <summary>What a <see cref="Deadline"/> is for.</summary>
public enum DeadlineKind
{
    /// <summary>Acknowledge receipt of the request.</summary>
    Acknowledge,
    /// <summary>Execute the request (or answer with its results).</summary>
    Execute,
}
