namespace CooperJus.Gateway.Core.Storage;

/// <summary>What <see cref="IGatewayStore.StoreInboundAsync"/> did.</summary>
/// <param name="IsDuplicate">True when the message id was already in the inbox: nothing was stored by this call.</param>
/// <param name="Sequence">The inbox sequence of the stored message (for a duplicate, of the original).</param>
/// <param name="PartnerId">The partner of the stored message. For a duplicate, compare it with the sender: a message id
/// replayed by ANOTHER partner is not a duplicate but a forgery to reject.</param>
/// <param name="Receipt">The receipt to answer with: the one just stored, or for a duplicate the ORIGINAL receipt.</param>
public sealed record InboundStoreResult(bool IsDuplicate, long Sequence, string PartnerId, ReadOnlyMemory<byte> Receipt);
