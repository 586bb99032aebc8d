using CooperJus.Gateway.Core.Audit;
using System.Net;
using System.Text.Json;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;

namespace CooperJus.Gateway.IntegrationTests.Delivery;

/// <summary>
/// Start-up as an operator meets it: every configuration mistake named in one message, a store that cannot be opened
/// stops the start with the file named, and a started gateway says it is healthy.
/// </summary>
[TestFixture]
public sealed class GatewayStartupTests
{
    private TestGateway _gateway = null!;

    [SetUp]
    public void Create() => _gateway = TestGateway.Create("pe", "PE");

    [TearDown]
    public async Task Dispose() => await _gateway.DisposeAsync();

    [Test]
    public void Every_configuration_error_is_listed_in_one_message()
    {
        _gateway.Set("Delivery:MaxAttempts", "0").Set("Messaging:GatewayId", "Not A Gateway Id");

        var failure = Assert.ThrowsAsync<StartupException>(() => _gateway.StartAsync());

        Assert.That(failure.Message, Does.StartWith("The gateway cannot start:")
            .And.Contain("Delivery:MaxAttempts")
            .And.Contain("GatewayId 'Not A Gateway Id'"));
    }

    [Test]
    public void A_store_file_that_is_not_a_database_stops_the_start_naming_the_file()
    {
        File.WriteAllText(_gateway.StorePath, "this is a spreadsheet, not a gateway store\n");

        var failure = Assert.ThrowsAsync<StartupException>(() => _gateway.StartAsync());

        Assert.That(failure.Message, Does.Contain(_gateway.StorePath));
        Assert.That(_gateway.Host, Is.Null, "no gateway runs on a store it cannot use");
    }

    [Test]
    public void A_store_in_a_folder_that_does_not_exist_stops_the_start_naming_the_file()
    {
        var path = Path.Combine(_gateway.Root, "no-such-folder", "gateway.db");
        _gateway.Set("Store:Path", path);

        var failure = Assert.ThrowsAsync<StartupException>(() => _gateway.StartAsync());

        Assert.That(failure.Message, Does.Contain(path));
    }

    [Test]
    public async Task A_started_gateway_answers_healthy_with_its_detail_on_the_inside_listener()
    {
        await _gateway.StartAsync();
        using var http = new HttpClient();

        using var answer = await http.GetAsync(new Uri(_gateway.InsideUrl + "health/detail"));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var health = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        Assert.That(health.RootElement.GetProperty("status").GetString(), Is.EqualTo("healthy"));
        Assert.That(health.RootElement.GetProperty("gateway").GetString(), Is.EqualTo("pe"));
        Assert.That(health.RootElement.GetProperty("audit").GetProperty("checkpointSigning").GetString(), Is.EqualTo("ok"));
    }

    [Test]
    public async Task Health_turns_degraded_when_checkpoint_signing_is_refused_because_the_checkpoint_file_was_lost()
    {
        await _gateway.Set("Audit:CheckpointInterval", "00:00:01").StartAsync();
        using var http = new HttpClient();
        await Eventually.Until(() => File.Exists(Path.Combine(_gateway.Root, "audit-checkpoints.jwsl")), "the checkpoint signed at start");

        File.Delete(Path.Combine(_gateway.Root, "audit-checkpoints.jwsl"));
        await _gateway.Store.Audit.AppendAsync([new AuditEntry(AuditEventKinds.ConfigurationChanged)], CancellationToken.None);
        var health = await Eventually.Get(async () =>
        {
            using var answer = await http.GetAsync(new Uri(_gateway.InsideUrl + "health/detail"));
            var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
            return body.RootElement.GetProperty("status").GetString() == "degraded" ? body : null;
        }, "health to report the refused checkpoint");

        using (health)
        {
            Assert.That(health.RootElement.GetProperty("audit").GetProperty("checkpointSigning").GetString(), Does.StartWith("refused"));
            Assert.That(File.Exists(Path.Combine(_gateway.Root, "audit-checkpoints.jwsl")), Is.False, "no new file was started behind the operator's back");
        }
    }
}
