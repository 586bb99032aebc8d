using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.IntegrationTests.Support;
namespace CooperJus.Gateway.IntegrationTests.Audit;

/// <summary>
/// `cooperjus audit verify` exit codes: 0 on the live store of a gateway, 1 naming the event on a copy where one header
/// was edited behind SQLite's back, 2 when the configuration is unusable. The core tests cover every kind of tampering.
/// </summary>
[TestFixture]
public sealed class AuditVerifyCliTests
{
    private static AuditedGateways Pair => AuditCliSetup.Pair;

    [Test]
    public void An_intact_log_verifies_with_exit_0()
    {
        var result = CliRunner.Run("audit", "verify", "--config", Pair.ConfigFile);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        Assert.That(result.Output, Does.Match(@"events checked:\s+[1-9]\d*").And.Contain("checkpoints checked:").And.Contain("bodies pruned:"));
        Assert.That(result.Output.TrimEnd(), Does.EndWith("intact"));
    }

    [Test]
    public async Task A_flipped_byte_in_a_stored_event_exits_1_naming_the_event()
    {
        using var folder = new TemporaryFolder();
        var events = await Pair.Audit.GetEventsAsync(Pair.RequestId, null, CancellationToken.None);
        var target = events.First(e => e.Kind == AuditEventKinds.RequestTranslated).Sequence;
        // The checkpoints first: a checkpoint signed after the copy would cover events the copy lacks.
        var checkpoints = Path.Combine(Pair.Peru.Root, "audit-checkpoints.jwsl");
        if (File.Exists(checkpoints)) File.Copy(checkpoints, folder.Combine("audit-checkpoints.jwsl"));
        StoreCopy.Backup(Pair.Peru.StorePath, folder.Combine("gateway.db"));
        StoreCopy.FlipHeaderByte(folder.Combine("gateway.db"), target);
        Pair.WriteConfig(folder.Combine("cli.json"), folder.Combine("gateway.db"));

        var result = CliRunner.Run("audit", "verify", "--config", folder.Combine("cli.json"));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.All);
        Assert.That(result.Output, Does.Contain($"first broken event {target}"));
        Assert.That(result.Output, Does.Contain($"reason: event {target} was altered"));
    }

    [Test]
    public async Task A_header_rewritten_into_something_unreadable_exits_1_naming_the_event()
    {
        using var folder = new TemporaryFolder();
        var events = await Pair.Audit.GetEventsAsync(Pair.RequestId, null, CancellationToken.None);
        var target = events.First(e => e.Kind == AuditEventKinds.RequestValidated).Sequence;
        var checkpoints = Path.Combine(Pair.Peru.Root, "audit-checkpoints.jwsl");
        if (File.Exists(checkpoints)) File.Copy(checkpoints, folder.Combine("audit-checkpoints.jwsl"));
        StoreCopy.Backup(Pair.Peru.StorePath, folder.Combine("gateway.db"));
        StoreCopy.RewriteHeader(folder.Combine("gateway.db"), target, header => header.Replace("\"kind\":", "\"kin_\":", StringComparison.Ordinal));
        Pair.WriteConfig(folder.Combine("cli.json"), folder.Combine("gateway.db"));

        var result = CliRunner.Run("audit", "verify", "--config", folder.Combine("cli.json"));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.All);
        Assert.That(result.Output, Does.Contain($"first broken event {target}"));
    }

    [Test]
    public void A_lost_checkpoint_file_is_replaced_only_knowingly_and_verify_then_says_what_that_leaves_uncovered()
    {
        using var folder = new TemporaryFolder();
        StoreCopy.Backup(Pair.Peru.StorePath, folder.Combine("gateway.db")); // the checkpoint file is not copied: it is lost
        Pair.WriteConfig(folder.Combine("cli.json"), folder.Combine("gateway.db"));

        var refused = CliRunner.Run("audit", "checkpoint", "--config", folder.Combine("cli.json"));
        var started = CliRunner.Run("audit", "checkpoint", "--start-new-file", "--config", folder.Combine("cli.json"));
        var verified = CliRunner.Run("audit", "verify", "--config", folder.Combine("cli.json"));

        Assert.Multiple(() =>
        {
            Assert.That(refused.ExitCode, Is.EqualTo(1), refused.All);
            Assert.That(refused.Error, Does.Contain("has no checkpoint").And.Contain("--start-new-file"));
            Assert.That(started.ExitCode, Is.EqualTo(0), started.All);
            Assert.That(started.Output, Does.Contain("Signed a checkpoint of event"));
            Assert.That(verified.ExitCode, Is.EqualTo(0), verified.All);
            Assert.That(verified.Output, Does.Contain("warning:").And.Contain("(cli) started a new checkpoint file"));
        });
    }

    [Test]
    public void A_configuration_file_that_does_not_exist_exits_2()
    {
        var result = CliRunner.Run("audit", "verify", "--config", "/nonexistent/cooperjus.json");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
        Assert.That(result.Error, Does.Contain("/nonexistent/cooperjus.json"));
    }

    [Test]
    public void A_missing_private_key_exits_2_naming_the_setting()
    {
        using var folder = new TemporaryFolder();
        var configuration = new JsonObject
        {
            ["Store"] = new JsonObject { ["Path"] = Pair.Peru.StorePath },
            ["Messaging"] = new JsonObject { ["GatewayId"] = "pe", ["KeyId"] = "pe-test", ["PrivateKeyFile"] = folder.Combine("missing.pem") },
        };
        File.WriteAllText(folder.Combine("cli.json"), configuration.ToJsonString());

        var result = CliRunner.Run("audit", "verify", "--config", folder.Combine("cli.json"));

        Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
        Assert.That(result.Error, Does.Contain("Messaging:PrivateKeyFile").And.Contain("missing.pem"));
    }
}
