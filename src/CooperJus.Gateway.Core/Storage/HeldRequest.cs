namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// A translated, valid request that no partner gateway can take yet (no partner serves its requested country), to keep
/// as <see cref="RequestStatus.Held"/> with everything needed to seal it later.
/// </summary>
/// <param name="Request">Its business record; the partner is empty and the status <see cref="RequestStatus.Held"/>.</param>
/// <param name="Reason">Why it is held, as the operator reads it in <c>cooperjus requests</c>.</param>
/// <param name="CanonicalJson">The canonical request (compact JSON): the payload of the envelope sealed on release.</param>
/// <param name="Evidence">
/// Audit events of how it came to be (the national record, the canonical document, its lineage, the validation),
/// recorded before the <c>request.held</c> event the store writes itself, in the same transaction.
/// </param>
public sealed record HeldRequest(TrackedRequest Request, string Reason, string CanonicalJson, IReadOnlyList<CooperJus.Gateway.Core.Audit.AuditEntry>? Evidence = null);
