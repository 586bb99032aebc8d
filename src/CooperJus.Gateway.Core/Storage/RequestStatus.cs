namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// The business state of a request as <c>cooperjus requests</c> shows it. Stored as kebab-case text.
/// </summary>
/// <remarks>
/// The first four and <see cref="Held"/> are set by the gateway itself (the outbox moves <see cref="Submitted"/> to <see cref="Delivered"/> or
/// <see cref="Undeliverable"/> in the same transaction as the message); the others mirror the
/// <see cref="CooperJus.Gateway.Sdk.Model.ResponseStatus"/> of the latest response, one for one (the partner's word is
/// kept, never a nearest one). <see cref="FinalStatuses"/> says which are final: a final request is never overdue.
/// </remarks>
public enum RequestStatus
{
    /// <summary>Outgoing, queued in the outbox, no receipt yet.</summary>
    Submitted,

    /// <summary>Outgoing, the partner's gateway receipted it; no response yet.</summary>
    Delivered,

    /// <summary>Outgoing, its message is dead-lettered: nobody on the other side has it. Needs an operator.</summary>
    Undeliverable,

    /// <summary>Incoming, stored in the inbox; this office has not answered yet.</summary>
    Received,

    /// <summary>Registered by the requested authority; nothing done yet.</summary>
    Acknowledged,

    /// <summary>Being executed.</summary>
    InProgress,

    /// <summary>Everything asked for was done. Final.</summary>
    Executed,

    /// <summary>Part of what was asked for was done. Final.</summary>
    PartiallyExecuted,

    /// <summary>Refused. Final.</summary>
    Refused,

    /// <summary>The requested authority waits for more information from the requesting side.</summary>
    InformationNeeded,

    /// <summary>Postponed by the requested State (UNCAC art. 46(25)), until the date its response gives. Not final: it is still to be executed.</summary>
    Postponed,

    /// <summary>The requested State proposes to execute it subject to conditions (UNCAC art. 46(26)); it waits for the requesting side to accept them.</summary>
    ConditionsProposed,

    /// <summary>Forwarded to another authority of the requested State competent to execute it (UNCAC art. 46(13)). Still open.</summary>
    Forwarded,

    /// <summary>Executed with a different measure that achieves the same result (EIO Directive art. 10). Final.</summary>
    MeasureSubstituted,

    /// <summary>Withdrawn by the requesting authority, the assistance no longer being required (UNCAC art. 46(24)). Final.</summary>
    Withdrawn,

    /// <summary>
    /// Outgoing, translated and valid, but no partner gateway serves its requested country yet: kept with its reason
    /// until one does, then sealed and queued (it becomes <see cref="Submitted"/>). Nothing was sent.
    /// </summary>
    Held,
}
