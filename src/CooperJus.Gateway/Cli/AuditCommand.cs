using System.CommandLine;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// <c>cooperjus audit verify|show|export|checkpoint|reindex</c>: check the audit log's chain against the signed
/// checkpoints, show what the gateway did with one request, write a self-contained evidence bundle an auditor verifies
/// with ordinary tools, sign the head now, and rebuild the person search index under the search key.
/// </summary>
internal static class AuditCommand
{
    public static Command Create() => new("audit", "Check the audit log, show a request's evidence, export an evidence bundle.")
    {
        AuditVerifyCommand.Create(),
        AuditShowCommand.Create(),
        AuditExportCommand.Create(),
        AuditCheckpointCommand.Create(),
        AuditReindexCommand.Create(),
    };
}
