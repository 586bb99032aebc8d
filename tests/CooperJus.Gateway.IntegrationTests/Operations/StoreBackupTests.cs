using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Operations;

/// <summary>
/// <c>cooperjus store backup</c> on a gateway that is writing: the copy is consistent (audit verify says intact against
/// the checkpoints copied with it), readable by the gateway's user and group only, never overwrites a file, and is audited.
/// </summary>
[TestFixture]
public sealed class StoreBackupTests
{
    [Test]
    public async Task A_backup_taken_while_the_gateway_writes_verifies_intact()
    {
        await using var pair = await AuditedGateways.StartAsync();
        using var folder = new TemporaryFolder();
        pair.WriteConfig(pair.ConfigFile, pair.Peru.StorePath);
        using var stop = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var written = 0;
        // Traffic in the audit log while the copy is made; the gateway signs a checkpoint every second meanwhile.
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await pair.Audit.AppendAsync([new AuditEntry(AuditEventKinds.ConfigurationChanged)], CancellationToken.None);
                Interlocked.Increment(ref written);
                started.TrySetResult();
            }
        });
        var copy = folder.Combine("backup.db");
        await started.Task;
        var before = Volatile.Read(ref written);

        var result = CliRunner.RunIn(folder.Path, "store", "backup", "--config", pair.ConfigFile, "--to", copy);
        await stop.CancelAsync();
        await writer;
        var during = written - before;

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        Assert.That(during, Is.GreaterThan(0), "the log was written to during the backup");
        Assert.That(new FileInfo(copy).UnixFileMode, Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead));
        Assert.That(File.Exists(copy + ".checkpoints.jwsl"), Is.True);
        var config = ConfigFor(pair, folder, copy);
        var verify = CliRunner.RunIn(folder.Path, "audit", "verify", "--config", config);
        Assert.That(verify.ExitCode, Is.EqualTo(0), verify.All);
        Assert.That(verify.Output.TrimEnd(), Does.EndWith("intact"));
        Assert.That(verify.Output, Does.Match(@"checkpoints checked:\s+[1-9]"), "the copy is checked against signed checkpoints, not only its own chain");
        var events = pair.Audit.ReadRows(1, null, CancellationToken.None).Select(r => System.Text.Encoding.UTF8.GetString(r.Header)).ToList();
        Assert.That(events.Any(h => h.Contains(AuditEventKinds.StoreBackedUp, StringComparison.Ordinal) && h.Contains("backup.db", StringComparison.Ordinal)), Is.True,
            "the backup is in the audit log");
    }

    [Test]
    public async Task A_backup_never_overwrites_a_file()
    {
        await using var pair = await AuditedGateways.StartAsync();
        using var folder = new TemporaryFolder();
        pair.WriteConfig(pair.ConfigFile, pair.Peru.StorePath);
        var copy = folder.Combine("backup.db");
        File.WriteAllText(copy, "last week's backup");

        var result = CliRunner.RunIn(folder.Path, "store", "backup", "--config", pair.ConfigFile, "--to", copy);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
        Assert.That(result.Error, Does.Contain("already exists"));
        Assert.That(File.ReadAllText(copy), Is.EqualTo("last week's backup"));
    }

    /// <summary>The CLI configuration of the gateway with its store and checkpoint file replaced by the backup's.</summary>
    private static string ConfigFor(AuditedGateways pair, TemporaryFolder folder, string copy)
    {
        var file = folder.Combine("restored.json");
        pair.WriteConfig(file, copy);
        var root = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        if (root["Audit"] is not JsonObject audit) root["Audit"] = audit = new JsonObject();
        audit["CheckpointFile"] = copy + ".checkpoints.jwsl";
        File.WriteAllText(file, root.ToJsonString());
        return file;
    }
}
