namespace CooperJus.Gateway.Cli;

/// <summary>An audit event's body as <c>cooperjus audit show --json</c> describes it: its hash stays when retention prunes it.</summary>
internal sealed record AuditBodyJson(string Sha256, long Size, string MediaType, bool Pruned);
