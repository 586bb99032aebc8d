namespace CooperJus.Gateway.Core.Storage;

/// <summary>A page of <c>cooperjus outbox list</c>: keyset paging, so page 1,000 costs what page 1 costs.</summary>
/// <param name="State">Only messages in this state, or null for all.</param>
/// <param name="PartnerId">Only messages to this partner, or null for all.</param>
/// <param name="AfterSequence">Only messages after this sequence (the last one of the previous page); 0 for the first page.</param>
/// <param name="Limit">At most this many (1 to 1,000).</param>
public sealed record OutboxQuery(OutboxState? State = null, string? PartnerId = null, long AfterSequence = 0, int Limit = 50);
