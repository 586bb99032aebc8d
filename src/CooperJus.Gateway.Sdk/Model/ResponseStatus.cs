namespace CooperJus.Gateway.Sdk.Model;

/// <summary>
/// Where a request stands in the requested State, as its answers report it. Serialised as kebab-case
/// (<c>partially-executed</c>). A request normally moves <see cref="Acknowledged"/> → <see cref="InProgress"/> → one
/// of the final states; <see cref="InformationNeeded"/> waits for the requesting side.
/// </summary>
public enum ResponseStatus
{
    /// <summary>Received and registered by the requested authority; nothing done yet.</summary>
    Acknowledged,
    /// <summary>Being executed.</summary>
    InProgress,
    /// <summary>Everything asked for was done.</summary>
    Executed,
    /// <summary>Some of what was asked for was done; the results say which part.</summary>
    PartiallyExecuted,
    /// <summary>Refused; the message or the results say on what grounds.</summary>
    Refused,
    /// <summary>The requested authority needs more information before it can go on; the message says what.</summary>
    InformationNeeded,
}
