using System.CommandLine;
using CooperJus.Gateway.Core.Audit;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// <c>cooperjus audit checkpoint [--start-new-file]</c>: signs the head of the audit log now (the running gateway does
/// it every <c>Audit:CheckpointInterval</c>); with <c>--start-new-file</c>, knowingly starts a new checkpoint file when
/// the old one is lost for good, and records that an operator did so.
/// </summary>
internal static class AuditCheckpointCommand
{
    public static Command Create()
    {
        var config = StoreAccess.ConfigOption();
        var startNewFile = new Option<bool>("--start-new-file")
        {
            Description = "Start a new checkpoint file although the log is older or records earlier checkpoints (the old file is lost: say so in your records).",
        };
        var command = new Command("checkpoint", "Sign the audit log's head now and append it to the checkpoint file.") { config, startNewFile };
        command.SetAction((parse, ct) => CheckpointAsync(parse.GetValue(config), parse.GetValue(startNewFile), ct));
        return command;
    }

    private static async Task<int> CheckpointAsync(string? config, bool startNewFile, CancellationToken ct)
    {
        await using var session = await AuditAccess.OpenSessionAsync(config, ct).ConfigureAwait(false);
        AuditCheckpoint? checkpoint;
        try
        {
            if (startNewFile)
            {
                // Recorded first, so the new file's first checkpoint covers the operator's decision too.
                await session.Store.Audit.AppendAsync([new AuditEntry(AuditEventKinds.CheckpointFileStarted)
                {
                    Actor = CliActor.Current,
                    Facts = [KeyValuePair.Create("file", Path.GetFileName(session.Checkpoints.FilePath))],
                }], ct).ConfigureAwait(false);
            }
            checkpoint = await session.Checkpoints.WriteAsync(session.Store.Audit, TimeProvider.System, ct, startNewFile).ConfigureAwait(false);
        }
        catch (AuditCheckpointException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.AuditBroken;
        }
        Console.WriteLine(checkpoint is null
            ? $"The last checkpoint in {session.Checkpoints.FilePath} already covers the log's head: nothing to sign."
            : $"Signed a checkpoint of event {checkpoint.Sequence} ({checkpoint.HeadHash}) into {session.Checkpoints.FilePath}.");
        return ExitCodes.Success;
    }
}
