namespace CooperJus.Gateway.Core.Storage;

/// <summary>What <see cref="IGatewayStore.ReleaseHeldAsync"/> did with a held request.</summary>
public enum ReleaseOutcome
{
    /// <summary>It was held; its message is now queued (or was already in the outbox) and it is submitted.</summary>
    Released,

    /// <summary>It had been released before (by another process, a restart, or a re-export): nothing was queued again.</summary>
    AlreadyReleased,

    /// <summary>No request of that id was ever held.</summary>
    NotHeld,
}
