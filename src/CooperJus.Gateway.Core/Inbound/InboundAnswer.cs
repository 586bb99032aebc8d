namespace CooperJus.Gateway.Core.Inbound;

/// <summary>What the partner endpoint answers: an HTTP status and the signed receipt (compact JWS) as body.</summary>
public sealed record InboundAnswer(int StatusCode, ReadOnlyMemory<byte> Receipt, string Outcome);
