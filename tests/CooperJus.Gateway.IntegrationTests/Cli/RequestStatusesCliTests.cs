using System.Text.Json;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.IntegrationTests.Support;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.IntegrationTests.Cli;

/// <summary>
/// `cooperjus requests` with the statuses of the v2 response: each is shown, filtered on and named in help and errors
/// in its own word, and the final ones (measure-substituted, withdrawn) are never counted overdue while the open ones
/// (postponed, conditions-proposed, forwarded) are once their deadline has passed.
/// </summary>
[TestFixture]
public sealed class RequestStatusesCliTests
{
    private static readonly DateOnly Past = new(2025, 4, 1);
    private static readonly DateOnly Future = new(2999, 1, 1);

    /// <summary>Request id, the status its partner answered, its deadline, and whether it is overdue.</summary>
    private static readonly (string Id, ResponseStatus Status, DateOnly RespondBy, bool Overdue)[] Answered =
    [
        ("r-postponed", ResponseStatus.Postponed, Past, true),
        ("r-conditions", ResponseStatus.ConditionsProposed, Past, true),
        ("r-forwarded", ResponseStatus.Forwarded, Future, false),
        ("r-substituted", ResponseStatus.MeasureSubstituted, Past, false),
        ("r-withdrawn", ResponseStatus.Withdrawn, Past, false),
    ];

    private TemporaryFolder _folder = null!;

    private string Config => _folder.Combine("gateway.json");

    [OneTimeSetUp]
    public async Task FillAStore()
    {
        _folder = new TemporaryFolder();
        var created = new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);
        await using (var store = await SqliteGatewayStore.OpenAsync(new StoreOptions { Path = _folder.Combine("gateway.db") }, TimeProvider.System, CancellationToken.None))
        {
            foreach (var (id, status, respondBy, _) in Answered)
            {
                await store.UpsertRequestAsync(new TrackedRequest(id, RequestDirection.Outgoing, "CASE-" + id, "es", "ES", respondBy, created, RequestStatus.Submitted), CancellationToken.None);
                await store.ApplyResponseAsync(id, status, created.AddDays(1), CancellationToken.None);
            }
        }
        File.WriteAllText(Config, JsonSerializer.Serialize(new { Store = new { Path = _folder.Combine("gateway.db") } }));
    }

    [OneTimeTearDown]
    public void RemoveTheStore() => _folder.Dispose();

    [TestCase("postponed", "r-postponed")]
    [TestCase("conditions-proposed", "r-conditions")]
    [TestCase("forwarded", "r-forwarded")]
    [TestCase("measure-substituted", "r-substituted")]
    [TestCase("withdrawn", "r-withdrawn")]
    public void Requests_status_lists_the_requests_a_partner_answered_with_that_v2_status(string status, string requestId)
    {
        var result = CliRunner.RunIn(_folder.Path, "requests", "--status", status, "--config", Config);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        var rows = result.Output.Split('\n').Where(l => l.StartsWith("r-", StringComparison.Ordinal)).ToList();
        Assert.That(rows.Select(r => r.Split(' ')[0]), Is.EqualTo(new[] { requestId }));
        Assert.That(rows[0], Does.Contain($" {status} "));
        Assert.That(result.Output, Does.Contain("1 request(s), "));
    }

    [Test]
    public void Requests_counts_the_open_v2_statuses_past_their_deadline_as_overdue_and_never_the_final_ones()
    {
        var result = CliRunner.RunIn(_folder.Path, "requests", "--config", Config);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        var flagged = result.Output.Split('\n').Where(l => l.StartsWith("r-", StringComparison.Ordinal) && l.TrimEnd().EndsWith(" OVERDUE", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[0]);
        Assert.That(flagged, Is.EquivalentTo(Answered.Where(a => a.Overdue).Select(a => a.Id)));
        Assert.That(result.Output, Does.Contain("5 request(s), 2 overdue, 0 held."));
    }

    [Test]
    public void Requests_json_gives_each_v2_status_in_its_own_word_with_its_overdue_flag()
    {
        var result = CliRunner.RunIn(_folder.Path, "requests", "--json", "--config", Config);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.All);
        using var json = JsonDocument.Parse(result.Output);
        var rows = json.RootElement.GetProperty("requests").EnumerateArray()
            .Select(r => (r.GetProperty("requestId").GetString(), r.GetProperty("status").GetString(), r.GetProperty("overdue").GetBoolean()));
        Assert.That(rows, Is.EquivalentTo(new (string?, string?, bool)[]
        {
            ("r-postponed", "postponed", true), ("r-conditions", "conditions-proposed", true), ("r-forwarded", "forwarded", false),
            ("r-substituted", "measure-substituted", false), ("r-withdrawn", "withdrawn", false),
        }));
        Assert.That(json.RootElement.GetProperty("overdue").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public void An_unknown_status_is_refused_naming_every_status_the_v2_ones_included()
    {
        var result = CliRunner.RunIn(_folder.Path, "requests", "--status", "delayed", "--config", Config);
        var help = CliRunner.RunIn(_folder.Path, "requests", "--help");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.All);
        Assert.That(result.Error, Does.Contain("--status 'delayed' is not one of: ").And.Contain("postponed, conditions-proposed, forwarded, measure-substituted, withdrawn"));
        Assert.That(help.Output, Does.Contain("postponed").And.Contain("conditions-proposed").And.Contain("measure-substituted").And.Contain("withdrawn"));
    }
}
