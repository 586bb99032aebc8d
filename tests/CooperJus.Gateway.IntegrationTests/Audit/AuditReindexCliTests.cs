using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Audit;

/// <summary>
/// `cooperjus audit reindex`: when the search key file is lost for good, a new key is created and the person index is
/// rebuilt from the bodies the log kept, so auditors find requests by a person again; the rebuild is an audit event.
/// </summary>
[TestFixture]
public sealed class AuditReindexCliTests
{
    private static AuditedGateways Pair => AuditCliSetup.Pair;

    [Test]
    public async Task Rebuilds_the_person_index_under_a_new_key_when_the_key_file_is_lost()
    {
        using var folder = new TemporaryFolder();
        StoreCopy.Backup(Pair.Peru.StorePath, folder.Combine("gateway.db"));
        Pair.WriteConfig(folder.Combine("cli.json"), folder.Combine("gateway.db"));
        var config = JsonNode.Parse(File.ReadAllText(folder.Combine("cli.json")))!.AsObject();
        config["Audit"] = new JsonObject { ["SearchKeyFile"] = folder.Combine("keys", "audit-search.key"), ["CheckpointFile"] = folder.Combine("audit-checkpoints.jwsl") };
        File.WriteAllText(folder.Combine("cli.json"), config.ToJsonString());

        var result = CliRunner.Run("audit", "reindex", "--config", folder.Combine("cli.json"));

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        Assert.That(SearchKeyFile.TryLoad(folder.Combine("keys", "audit-search.key"), out var key, out var problem), Is.True, problem);
        await using var store = await SqliteGatewayStore.OpenAsync(new StoreOptions { Path = folder.Combine("gateway.db") }, TimeProvider.System, CancellationToken.None);
        var found = await store.Audit.SearchAsync(new AuditSearch(PersonTerms: key!.OfQuery(Pair.IdentityNumber)), CancellationToken.None);
        var head = (await store.Audit.GetHeadAsync(CancellationToken.None))!;
        Assert.Multiple(() =>
        {
            Assert.That(result.Output, Does.Match($@"Indexed the persons of [1-9]\d* request\(s\) under search key {key.Fingerprint} \(created .*audit-search\.key\)\."));
            Assert.That(found.Select(r => r.RequestId), Does.Contain(Pair.RequestId));
            Assert.That(head.Kind, Is.EqualTo(AuditEventKinds.SearchIndexRebuilt));
            Assert.That(head.Actor, Does.EndWith("(cli)"));
        });
    }
}
