namespace CooperJus.Gateway.Core.Storage;

/// <summary>A page of <c>cooperjus requests</c>: overdue first, then oldest first.</summary>
/// <param name="Direction">Only requests sent or received, or null for both.</param>
/// <param name="PartnerId">Only requests with this partner, or null for all.</param>
/// <param name="Status">Only requests in this status, or null for all.</param>
/// <param name="CaseReference">Only requests with this national case reference (exact), or null for all.</param>
/// <param name="Offset">How many to skip (for a long list, page with <see cref="After"/> instead).</param>
/// <param name="Limit">At most this many (1 to 1,000).</param>
public sealed record RequestQuery(
    RequestDirection? Direction = null,
    string? PartnerId = null,
    RequestStatus? Status = null,
    string? CaseReference = null,
    int Offset = 0,
    int Limit = 50)
{
    /// <summary>
    /// Only the requests after this one in the list's order (the last of the previous page; keyset paging, so a list
    /// of any length is read page by page at the same cost); null for the first page.
    /// </summary>
    public RequestSummary? After { get; init; }
}
