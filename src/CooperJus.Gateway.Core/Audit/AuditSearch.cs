using CooperJus.Gateway.Core.Storage;

namespace CooperJus.Gateway.Core.Audit;

/// <summary>
/// What an auditor searches for: every criterion given must hold (AND); none given lists the newest requests.
/// </summary>
/// <param name="CaseReference">The national case reference, exactly as written (case-insensitive).</param>
/// <param name="RequestId">A canonical request id, or a message id that carries or answers it.</param>
/// <param name="Country">The requested State (ISO 3166-1 alpha-2).</param>
/// <param name="PartnerId">The partner gateway.</param>
/// <param name="Status">The request's current status.</param>
/// <param name="From">Requests created on or after this day (UTC).</param>
/// <param name="To">Requests created on or before this day (UTC).</param>
/// <param name="PersonTerms">The keyed terms of a person query (<see cref="PersonSearchTerms.OfQuery"/>: an identity
/// number with any punctuation, or words of a name, accents and case ignored); every term must match, and an empty list
/// matches nothing. The store sees only these terms, never the name or number searched for.</param>
/// <param name="Offset">How many hits to skip.</param>
/// <param name="Limit">At most this many hits (1 to 1,000).</param>
public sealed record AuditSearch(
    string? CaseReference = null,
    string? RequestId = null,
    string? Country = null,
    string? PartnerId = null,
    RequestStatus? Status = null,
    DateOnly? From = null,
    DateOnly? To = null,
    IReadOnlyList<string>? PersonTerms = null,
    int Offset = 0,
    int Limit = 50);
