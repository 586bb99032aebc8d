using CooperJus.Gateway.Core.Audit;

namespace CooperJus.Gateway.Hosting;

/// <summary>
/// What <c>GET /health/detail</c> (inside listener) says about the audit trail: the last checkpoint signed by this
/// process, and whether signing was refused (a log that no longer matches its checkpoints, a lost checkpoint file).
/// Monitoring sees it at once rather than in the logs only; the reason itself stays in the logs (it names files).
/// </summary>
internal sealed class AuditHealth
{
    private volatile Snapshot _current = new(null, Refused: false);

    /// <summary>The last checkpoint signed and whether the latest attempt was refused.</summary>
    public Snapshot Current => _current;

    public void Signed(AuditCheckpoint checkpoint) => _current = new Snapshot(checkpoint, Refused: false);

    public void Refused() => _current = _current with { Refused = true };

    /// <summary>A consistent reading of both facts.</summary>
    public sealed record Snapshot(AuditCheckpoint? LastCheckpoint, bool Refused);
}
