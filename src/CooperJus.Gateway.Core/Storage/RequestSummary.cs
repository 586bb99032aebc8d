namespace CooperJus.Gateway.Core.Storage;

/// <summary>One line of <c>cooperjus requests</c>.</summary>
/// <param name="Request">The request's record (its <see cref="TrackedRequest.Status"/> is the CURRENT status).</param>
/// <param name="UpdatedAt">When the store last changed it.</param>
/// <param name="StatusIssuedAt">The <c>createdAt</c> of the response that set the status, or null before any response.</param>
/// <param name="IsOverdue">True when <c>respondBy</c> is before today (UTC, from the store's clock) and the status is not
/// final.</param>
public sealed record RequestSummary(TrackedRequest Request, DateTimeOffset UpdatedAt, DateTimeOffset? StatusIssuedAt, bool IsOverdue)
{
    /// <summary>The request id.</summary>
    public string RequestId => Request.RequestId;

    /// <summary>Why the request is held (no partner serves its country), while it is <see cref="RequestStatus.Held"/>; else null.</summary>
    public string? HeldReason { get; init; }

    /// <summary>The current status.</summary>
    public RequestStatus Status => Request.Status;
}
