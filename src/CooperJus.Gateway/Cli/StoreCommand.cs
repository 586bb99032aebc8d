using System.CommandLine;
using System.Globalization;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Storage;

namespace CooperJus.Gateway.Cli;

/// <summary>
/// <c>cooperjus store backup --to FILE [--config gateway.json]</c>: a consistent copy of the gateway's store while it
/// runs (SQLite's online backup, <see cref="StoreBackup"/>), with the signed checkpoints that cover it in
/// <c>FILE.checkpoints.jwsl</c>, so that <c>audit verify</c> on the copy checks it against them. Neither file is ever
/// overwritten; both are for the gateway's user and group only (0640). The backup is recorded in the audit log.
/// </summary>
internal static class StoreCommand
{
    /// <summary>What is appended to the copy's name for its checkpoint file.</summary>
    public const string CheckpointSuffix = ".checkpoints.jwsl";

    public static Command Create()
    {
        var config = StoreAccess.ConfigOption();
        var to = new Option<string>("--to") { Description = "The new file to write the copy to (never overwritten); its checkpoints go to FILE.checkpoints.jwsl.", Required = true };
        var backup = new Command("backup", "Copy the store consistently while the gateway runs (SQLite online backup), with its signed checkpoints.") { config, to };
        backup.SetAction((parse, ct) => BackupAsync(parse.GetValue(config), parse.GetRequiredValue(to), ct));
        return new Command("store", "Look after the gateway's store.") { backup };
    }

    private static async Task<int> BackupAsync(string? config, string to, CancellationToken ct)
    {
        var target = Path.GetFullPath(to);
        var checkpointCopy = target + CheckpointSuffix;
        foreach (var file in new[] { target, checkpointCopy })
        {
            if (File.Exists(file)) throw new UsageException($"'{file}' already exists: a backup never overwrites a file. Choose another name.");
        }
        await using var session = await AuditAccess.OpenSessionAsync(config, ct).ConfigureAwait(false);
        long lastEvent;
        try
        {
            lastEvent = StoreBackup.Copy(session.Store.Path, target);
        }
        catch (StoreOpenException e)
        {
            throw new UsageException(e.Message);
        }
        // Read after the copy: the gateway signs a checkpoint before it records the event saying so, so every checkpoint of
        // an event in the copy is in the file by now. Those of later events are left out, or verify would take the copy
        // for a truncated log.
        // A line that does not verify is copied as it is, so that the copy tells what the original tells.
        // One read: the gateway may append a line meanwhile, and the line numbers must refer to the text copied.
        var text = File.Exists(session.Checkpoints.FilePath) ? await File.ReadAllTextAsync(session.Checkpoints.FilePath, System.Text.Encoding.ASCII, ct).ConfigureAwait(false) : "";
        var raw = text.Split('\n');
        var lines = session.Checkpoints.Parse(text)
            .Where(l => l.Checkpoint is null || l.Checkpoint.Sequence <= lastEvent)
            .Select(l => raw[l.LineNumber - 1].Trim() + "\n");
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) create.UnixCreateMode = StoreBackup.CopyMode;
        var written = 0;
        await using (var writer = new StreamWriter(new FileStream(checkpointCopy, create)))
        {
            foreach (var line in lines)
            {
                await writer.WriteAsync(line).ConfigureAwait(false);
                written++;
            }
        }
        await session.Store.Audit.AppendAsync([new AuditEntry(AuditEventKinds.StoreBackedUp)
        {
            Actor = CliActor.Current,
            Facts =
            [
                KeyValuePair.Create("file", target),
                KeyValuePair.Create("lastEvent", lastEvent.ToString(CultureInfo.InvariantCulture)),
                KeyValuePair.Create("checkpoints", written.ToString(CultureInfo.InvariantCulture)),
            ],
        }], ct).ConfigureAwait(false);
        Console.WriteLine($"store copied to {target} (audit events 1 to {lastEvent})");
        Console.WriteLine($"checkpoints copied to {checkpointCopy} ({written} line(s))");
        Console.WriteLine("check the copy: cooperjus audit verify --config <a configuration with Store:Path and Audit:CheckpointFile pointing at these files>");
        return ExitCodes.Success;
    }
}
