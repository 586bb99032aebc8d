namespace CooperJus.Gateway.Core.Storage;

/// <summary>The business record of a request, as the gateway creates or refreshes it.</summary>
/// <param name="RequestId">The canonical <c>requestId</c> (stable for the same national record).</param>
/// <param name="Direction">Sent by this gateway or received from a partner.</param>
/// <param name="CaseReference">The national case reference as written (the clerk searches by it).</param>
/// <param name="PartnerId">The partner gateway it went to (outgoing) or came from (incoming).</param>
/// <param name="RequestedCountry">ISO 3166-1 alpha-2 code of the requested State.</param>
/// <param name="RespondBy">The deadline (<c>urgency.respondBy</c>), or null when the request has none.</param>
/// <param name="CreatedAt">The request's own <c>createdAt</c>; its age is counted from here.</param>
/// <param name="Status">The status it starts with (<see cref="RequestStatus.Submitted"/> for outgoing,
/// <see cref="RequestStatus.Received"/> for incoming). Used only when the request is new.</param>
public sealed record TrackedRequest(
    string RequestId,
    RequestDirection Direction,
    string CaseReference,
    string PartnerId,
    string RequestedCountry,
    DateOnly? RespondBy,
    DateTimeOffset CreatedAt,
    RequestStatus Status);
