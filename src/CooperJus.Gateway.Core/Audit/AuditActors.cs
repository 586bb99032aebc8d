namespace CooperJus.Gateway.Core.Audit;

/// <summary>The actor of the gateway's own steps; operator actions carry the operator's account name instead.</summary>
public static class AuditActors
{
    /// <summary>The gateway itself (workers, intake, delivery, export).</summary>
    public const string Gateway = "gateway";
}
