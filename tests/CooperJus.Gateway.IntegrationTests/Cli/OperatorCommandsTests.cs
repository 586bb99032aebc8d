using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Cli;

/// <summary>
/// Operator commands never invent a store: run in the wrong folder, or with a configuration whose store does not
/// exist, they exit 2 naming what is missing, instead of creating an empty store and reporting "0 request(s)".
/// </summary>
[TestFixture]
public sealed class OperatorCommandsTests
{
    private static readonly string[][] Commands =
    [
        ["requests"],
        ["outbox", "list"],
        ["outbox", "show", "0190d3a5-0000-7000-8000-000000000000"],
        ["audit", "show", "SGF-2024-000187"],
        ["audit", "verify"],
    ];

    [TestCaseSource(nameof(Commands))]
    public void Without_a_configuration_exits_2_and_creates_nothing(string[] command)
    {
        using var folder = new TemporaryFolder();

        var result = CliRunner.RunIn(folder.Path, command);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
            Assert.That(result.Error, Does.Contain("No configuration: give the one the gateway runs with (--config <file>)"));
            Assert.That(Directory.GetFileSystemEntries(folder.Path), Is.Empty, "nothing created in the folder");
        });
    }

    [TestCaseSource(nameof(Commands))]
    public void With_a_configuration_whose_store_does_not_exist_exits_2_naming_it(string[] command)
    {
        using var folder = new TemporaryFolder();
        var store = folder.Combine("no-such", "gateway.db");
        File.WriteAllText(folder.Combine("gateway.json"), $$"""{ "Store": { "Path": "{{store}}" } }""");

        var result = CliRunner.RunIn(folder.Path, [.. command, "--config", folder.Combine("gateway.json")]);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
            // `audit verify` needs the gateway's key as well, and names its missing settings first.
            Assert.That(result.All, command is ["audit", "verify"] ? Does.Contain("Messaging:") : Does.Contain($"There is no gateway store at '{store}' (Store:Path)"));
            Assert.That(File.Exists(store), Is.False);
        });
    }
}
