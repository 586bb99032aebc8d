namespace CooperJus.Gateway.Core.Storage;

/// <summary>What <see cref="IGatewayStore.ApplyResponseAsync"/> did with a response status.</summary>
public enum ResponseApplyResult
{
    /// <summary>The request now carries this status (or already did: applying the same response twice is harmless).</summary>
    Applied,

    /// <summary>The request already carries the status of a response issued later; this older one changed nothing.</summary>
    Stale,

    /// <summary>No request has this id; nothing was stored.</summary>
    UnknownRequest,
}
