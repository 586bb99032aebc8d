namespace CooperJus.Gateway.Core.Storage;

/// <summary>How one delivery attempt ended, as the dispatcher saw it. Stored as kebab-case text.</summary>
public enum AttemptOutcome
{
    /// <summary>The partner answered with a signed <c>accepted</c> receipt.</summary>
    Accepted,

    /// <summary>The partner answered <c>duplicate</c> with the original receipt: delivered earlier, the answer was lost.</summary>
    Duplicate,

    /// <summary>The partner answered with a signed <c>rejected</c> receipt: permanent.</summary>
    Rejected,

    /// <summary>An HTTP status without a usable receipt (5xx, 408, 429, or another 4xx).</summary>
    HttpError,

    /// <summary>No answer within the timeout.</summary>
    Timeout,

    /// <summary>The connection failed (refused, reset, name resolution).</summary>
    NetworkError,

    /// <summary>An answer came but its receipt could not be verified (bad signature, wrong message id, unreadable).</summary>
    InvalidReceipt,
}
