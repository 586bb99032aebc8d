namespace CooperJus.Gateway.Core.Delivery;

/// <summary>What happened to one message in one dispatch: delivered, dead-lettered, or waiting for a retry.</summary>
public sealed record DeliveryReport(string MessageId, string PartnerId, DeliveryState State, string Detail);
