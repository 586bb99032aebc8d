using CooperJus.Gateway.Core.Audit;

namespace CooperJus.Gateway.Cli;

/// <summary>Why <c>audit show</c> shows no body of a kind: retention pruned it (its hash stays), or it was never recorded.</summary>
internal static class AuditShowMissing
{
    /// <remarks>A request received from a partner has no national record; a request that was sent has no rejection.</remarks>
    public static string Text(IReadOnlyList<AuditEvent> timeline, string kind) =>
        timeline.LastOrDefault(e => e.Kind == kind) is { Body.IsPruned: true } pruned
            ? $"(pruned by retention; event {pruned.Sequence} keeps its SHA-256 {pruned.Body!.Sha256})"
            : "(not recorded for this request)";
}
