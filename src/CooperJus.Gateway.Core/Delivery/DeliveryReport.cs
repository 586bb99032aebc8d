namespace CooperJus.Gateway.Core.Delivery;

/// <summary>What happened to one message in one dispatch: delivered, dead-lettered, or waiting for a retry.</summary>
/// <param name="MessageId">The message.</param>
/// <param name="PartnerId">The partner it is for.</param>
/// <param name="State">Where it stands now.</param>
/// <param name="Detail">
/// The outcome in the gateway's own words, with the rule ids of a refusal but never the partner's text: partners quote
/// names and identity numbers in their reasons, and this detail is logged. The full reasons are in the store
/// (<c>cooperjus outbox show</c>) and the audit log.
/// </param>
public sealed record DeliveryReport(string MessageId, string PartnerId, DeliveryState State, string Detail);
