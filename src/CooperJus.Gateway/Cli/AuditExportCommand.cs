using System.CommandLine;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Audit.Evidence;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// <c>cooperjus audit export &lt;id&gt; --output &lt;folder&gt;</c>: the self-contained evidence bundle of one request, which an
/// auditor verifies with <c>sha256sum</c>, <c>sh</c> and any JWS verifier (see the README inside).
/// </summary>
internal static class AuditExportCommand
{
    public static Command Create()
    {
        var config = StoreAccess.ConfigOption();
        var id = new Argument<string>("id") { Description = "A request id, or a message id or case reference that names exactly one request." };
        var output = new Option<string>("--output", "-o") { Description = "A new or empty folder for the bundle.", Required = true };
        var command = new Command("export", "Write a self-contained evidence bundle of one request, verifiable with sha256sum and any JWS verifier.") { id, output, config };
        command.SetAction((parse, ct) => ExportAsync(parse.GetValue(config), parse.GetRequiredValue(id), parse.GetRequiredValue(output), ct));
        return command;
    }

    private static async Task<int> ExportAsync(string? config, string id, string output, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(id)) throw new UsageException("Give a request id, a message id or a case reference.");
        var folder = Path.GetFullPath(output);
        if (File.Exists(folder) || (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any()))
            throw new UsageException($"--output '{output}' must be a new or empty folder.");
        await using var session = await AuditAccess.OpenSessionAsync(config, ct).ConfigureAwait(false);
        var requests = await session.Store.Audit.ResolveAsync(id, ct).ConfigureAwait(false);
        if (requests.Count == 0)
        {
            Console.Error.WriteLine($"No request, message or case reference '{id.Trim()}' in the audit log of {session.Store.Path}.");
            return ExitCodes.NotFound;
        }
        if (requests.Count > 1)
            throw new UsageException($"'{id.Trim()}' names {requests.Count} requests ({string.Join(", ", requests)}); export one at a time by its request id.");
        EvidenceExport export;
        try
        {
            export = await session.Evidence().WriteAsync(requests[0], folder, ct).ConfigureAwait(false);
        }
        catch (EvidenceExportException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.AuditBroken;
        }
        await session.Store.Audit.AppendAsync([new AuditEntry(AuditEventKinds.EvidenceExported)
        {
            RequestId = export.RequestId,
            Actor = CliActor.Current,
            Facts =
            [
                KeyValuePair.Create("firstEvent", export.FirstSequence.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                KeyValuePair.Create("checkpointEvent", export.Checkpoint.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ],
        }], ct).ConfigureAwait(false);
        Report(export);
        return ExitCodes.Success;
    }

    private static void Report(EvidenceExport export)
    {
        if (export.CheckpointWritten)
            Console.WriteLine($"No signed checkpoint covered the request's last event ({export.LastRequestSequence}) yet: signed one at event {export.Checkpoint.Sequence} first.");
        Console.WriteLine($"Evidence bundle of request {export.RequestId} written to {export.Folder}");
        Console.WriteLine($"  chain segment: events {export.FirstSequence} to {export.Checkpoint.Sequence} ({export.SegmentLength} headers), covered by the checkpoint signed on {export.Checkpoint.At:u}");
        Console.WriteLine($"  this request's events: {export.RequestEvents.Count}, named files: {string.Join(", ", export.Copies.Select(c => c.File))}");
        if (export.PrunedBodies.Count > 0)
            Console.WriteLine($"  bodies pruned by retention before the export (left out, their hashes stay): events {string.Join(", ", export.PrunedBodies)}");
        foreach (var missing in export.Signatures.Where(s => s.KeyFile is null))
            Console.WriteLine($"  note: {missing.File} is signed with key '{missing.KeyId}', which the partner directory does not list: its public key is not in the bundle.");
        Console.WriteLine($"  {export.Files.Count} files. Verify: cd {export.Folder} && sha256sum -c SHA256SUMS && sh verify.sh (README.md says how to check the signatures).");
    }
}
