namespace CooperJus.Gateway.Core.Messaging;

/// <summary>How a key id resolved in the partner directory.</summary>
public enum KeyResolutionStatus
{
    /// <summary>The key exists and is inside its validity window (with the clock-skew tolerance).</summary>
    Valid,

    /// <summary>No partner has a key with this id.</summary>
    Unknown,

    /// <summary>The key exists but is outside its validity window: not yet valid, or expired.</summary>
    OutsideValidity,
}
