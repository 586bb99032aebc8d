namespace CooperJus.Gateway.Core.Audit;

/// <summary>A signed statement "on <see cref="At"/>, event <see cref="Sequence"/> of this gateway's log hashed to <see cref="HeadHash"/>".</summary>
/// <param name="GatewayId">The gateway that signed it.</param>
/// <param name="Sequence">The last event it covers.</param>
/// <param name="HeadHash">That event's hash.</param>
/// <param name="At">When it was signed.</param>
/// <param name="Jws">The compact JWS, exactly as kept in the checkpoint file.</param>
public sealed record AuditCheckpoint(string GatewayId, long Sequence, string HeadHash, DateTimeOffset At, string Jws);
