namespace CooperJus.Gateway.Sdk.Model;

/// <summary>
/// Where a request stands in the requested State, as its answers report it. Serialised as kebab-case
/// (<c>partially-executed</c>). A request normally moves <see cref="Acknowledged"/> → <see cref="InProgress"/> → one
/// of the final states; <see cref="InformationNeeded"/> and <see cref="ConditionsProposed"/> wait for the requesting
/// side, <see cref="Postponed"/> for a date.
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
    /// <summary>Refused; the results give the grounds as codes (UNCAC art. 46(21)).</summary>
    Refused,
    /// <summary>The requested authority needs more information before it can go on; the results say what and by when.</summary>
    InformationNeeded,
    /// <summary>Postponed because it would interfere with an ongoing investigation or proceedings (UNCAC art. 46(25)).</summary>
    Postponed,
    /// <summary>The requested State proposes to execute subject to conditions (UNCAC art. 46(26)); the results list them.</summary>
    ConditionsProposed,
    /// <summary>Forwarded to another authority that is competent to execute it (UNCAC art. 46(13)).</summary>
    Forwarded,
    /// <summary>Executed with a different measure that achieves the same result (EIO Directive art. 10).</summary>
    MeasureSubstituted,
    /// <summary>Withdrawn by the requesting authority, the assistance no longer being required (UNCAC art. 46(24)), and so closed.</summary>
    Withdrawn,
}
