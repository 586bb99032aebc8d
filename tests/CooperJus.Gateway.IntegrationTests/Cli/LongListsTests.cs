using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Cli;

/// <summary>
/// `requests` and `outbox list` print every row, however many (they read page by page, keyset on the list's order),
/// and their `--json` output is the documented shape (docs/cli-json.md). The crash test found `outbox list` stopping
/// at 500 of 600 delivered messages and saying "500 message(s)", and `requests` stopping at 1,000.
/// </summary>
[TestFixture]
public sealed class LongListsTests
{
    /// <summary>More than one page of the store (1,000 rows), and more than the old caps (500 and 1,000).</summary>
    private const int Count = 1_234;

    private const int Overdue = 7;

    private static readonly DateTimeOffset Created = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private TemporaryFolder _folder = null!;

    private string Config => _folder.Combine("gateway.json");

    [OneTimeSetUp]
    public async Task FillAStore()
    {
        _folder = new TemporaryFolder();
        await using (var store = await SqliteGatewayStore.OpenAsync(new StoreOptions { Path = _folder.Combine("gateway.db") }, TimeProvider.System, CancellationToken.None))
        {
            var messages = Enumerable.Range(0, Count).Select(i =>
            {
                var id = $"req-{i:D5}";
                // The last few are overdue: the list shows them first.
                var request = new TrackedRequest(id, RequestDirection.Outgoing, $"CASE-{i:D5}", "es", "ES",
                    i >= Count - Overdue ? new DateOnly(2025, 4, 1) : new DateOnly(2999, 1, 1), Created.AddSeconds(i), RequestStatus.Submitted);
                return new OutgoingMessage($"msg-{i:D5}", "es", "cooperation-request", id, Encoding.ASCII.GetBytes($"eyJhbGciOiJFUzI1NiJ9.{i}.sig"), request);
            }).ToList();
            var content = Encoding.UTF8.GetBytes("a long export");
            await store.RecordIntakeAsync(new IntakeFile("long.csv", content.Length, Convert.ToHexStringLower(SHA256.HashData(content))), messages, CancellationToken.None);
        }
        File.WriteAllText(Config, JsonSerializer.Serialize(new { Store = new { Path = _folder.Combine("gateway.db") } }));
    }

    [OneTimeTearDown]
    public void RemoveTheStore() => _folder.Dispose();

    [Test]
    public void Outbox_list_prints_every_message_and_counts_them_all()
    {
        var result = CliRunner.RunIn(_folder.Path, "outbox", "list", "--config", Config);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        var rows = result.Output.Split('\n').Where(l => l.StartsWith("msg-", StringComparison.Ordinal)).Select(l => l.Split(' ')[0]).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(rows, Is.EqualTo(Enumerable.Range(0, Count).Select(i => $"msg-{i:D5}")), "every message once, oldest first");
            Assert.That(result.Output, Does.Contain($"{Count} message(s)."));
        });
    }

    [Test]
    public void Requests_prints_every_request_overdue_first_and_counts_them_all()
    {
        var result = CliRunner.RunIn(_folder.Path, "requests", "--config", Config);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        var rows = result.Output.Split('\n').Where(l => l.StartsWith("req-", StringComparison.Ordinal)).Select(l => l.Split(' ')[0]).ToList();
        var expected = Enumerable.Range(Count - Overdue, Overdue).Concat(Enumerable.Range(0, Count - Overdue)).Select(i => $"req-{i:D5}");
        Assert.Multiple(() =>
        {
            Assert.That(rows, Is.EqualTo(expected), "every request once: the overdue ones first, then the oldest");
            Assert.That(result.Output, Does.Contain($"{Count} request(s), {Overdue} overdue, 0 held."));
        });
    }

    [Test]
    public void Outbox_list_json_holds_every_message_in_the_documented_shape()
    {
        var result = CliRunner.RunIn(_folder.Path, "outbox", "list", "--json", "--config", Config);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        using var json = JsonDocument.Parse(result.Output);
        var messages = json.RootElement.GetProperty("messages").EnumerateArray().ToList();
        var first = messages[0];
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("count").GetInt32(), Is.EqualTo(Count));
            Assert.That(messages.Select(m => m.GetProperty("messageId").GetString()).Distinct().Count(), Is.EqualTo(Count));
            Assert.That(first.GetProperty("messageId").GetString(), Is.EqualTo("msg-00000"));
            Assert.That(first.GetProperty("sequence").GetInt64(), Is.GreaterThan(0));
            Assert.That(first.GetProperty("partnerId").GetString(), Is.EqualTo("es"));
            Assert.That(first.GetProperty("messageType").GetString(), Is.EqualTo("cooperation-request"));
            Assert.That(first.GetProperty("requestId").GetString(), Is.EqualTo("req-00000"));
            Assert.That(first.GetProperty("state").GetString(), Is.EqualTo("queued"));
            Assert.That(first.GetProperty("attempts").GetInt32(), Is.Zero);
            Assert.That(first.GetProperty("enqueuedAt").GetString(), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$"), "RFC 3339, UTC");
            Assert.That(first.GetProperty("deliveredAt").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(first.GetProperty("lastError").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(first.GetProperty("deadLetterReason").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public void Outbox_show_json_holds_the_message_its_file_and_its_attempts()
    {
        var result = CliRunner.RunIn(_folder.Path, "outbox", "show", "msg-00042", "--json", "--config", Config);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("message").GetProperty("messageId").GetString(), Is.EqualTo("msg-00042"));
            Assert.That(root.GetProperty("message").GetProperty("state").GetString(), Is.EqualTo("queued"));
            Assert.That(root.GetProperty("intakeFile").GetString(), Is.EqualTo("long.csv"));
            Assert.That(root.GetProperty("attempts").GetArrayLength(), Is.Zero);
            Assert.That(root.GetProperty("signedEnvelope").GetString(), Is.EqualTo("eyJhbGciOiJFUzI1NiJ9.42.sig"));
            Assert.That(root.GetProperty("receipt").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public void Requests_json_holds_every_request_in_the_documented_shape()
    {
        var result = CliRunner.RunIn(_folder.Path, "requests", "--json", "--config", Config);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        using var json = JsonDocument.Parse(result.Output);
        var requests = json.RootElement.GetProperty("requests").EnumerateArray().ToList();
        var overdue = requests[0];
        var onTime = requests.Single(r => r.GetProperty("requestId").GetString() == "req-00000");
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("count").GetInt32(), Is.EqualTo(Count));
            Assert.That(json.RootElement.GetProperty("overdue").GetInt32(), Is.EqualTo(Overdue));
            Assert.That(requests.Select(r => r.GetProperty("requestId").GetString()).Distinct().Count(), Is.EqualTo(Count));
            Assert.That(overdue.GetProperty("overdue").GetBoolean(), Is.True);
            Assert.That(overdue.GetProperty("respondBy").GetString(), Is.EqualTo("2025-04-01"));
            Assert.That(onTime.GetProperty("overdue").GetBoolean(), Is.False);
            Assert.That(onTime.GetProperty("direction").GetString(), Is.EqualTo("outgoing"));
            Assert.That(onTime.GetProperty("partnerId").GetString(), Is.EqualTo("es"));
            Assert.That(onTime.GetProperty("status").GetString(), Is.EqualTo("submitted"));
            Assert.That(onTime.GetProperty("caseReference").GetString(), Is.EqualTo("CASE-00000"));
            Assert.That(onTime.GetProperty("requestedCountry").GetString(), Is.EqualTo("ES"));
            Assert.That(onTime.GetProperty("createdAt").GetString(), Is.EqualTo("2025-03-10T09:00:00Z"));
            Assert.That(onTime.GetProperty("updatedAt").GetString(), Does.EndWith("Z"));
            Assert.That(onTime.GetProperty("statusIssuedAt").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }
}
