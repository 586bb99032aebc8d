using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Storage;
using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Tests.Storage;

/// <summary>Held requests in the store: kept with their reason, listed, released exactly once, and the migration that brought them.</summary>
public sealed class HeldStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static HeldRequest Held(string id, string country = "ES") =>
        new(StoreHarness.Request(id, status: RequestStatus.Held, partner: "") with { RequestedCountry = country },
            $"no partner gateway serves the requested country {country}", $$"""{"requestId":"{{id}}"}""");

    private static OutgoingMessage Release(string id) => StoreHarness.Message("msg-" + id, "es", request: StoreHarness.Request(id));

    [Test]
    public async Task Keeps_a_held_request_with_its_reason_and_lists_it_as_held()
    {
        await using var harness = await StoreHarness.CreateAsync();

        await harness.Store.RecordIntakeAsync(StoreHarness.File("a") with { Held = [Held("r1"), Held("r2", "CL")] }, [], None);

        var listed = await harness.Store.ListRequestsAsync(new RequestQuery(Status: RequestStatus.Held), None);
        var pending = await harness.Store.ListHeldAsync("CL", null, None);
        var events = await harness.Store.Audit.GetEventsAsync("r1", null, None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(listed.Select(r => r.RequestId), Is.EquivalentTo(new[] { "r1", "r2" }));
            Assert.That(listed.Single(r => r.RequestId == "r1").HeldReason, Is.EqualTo("no partner gateway serves the requested country ES"));
            Assert.That(pending.Select(p => (p.RequestId, p.CanonicalJson)), Is.EqualTo(new[] { ("r2", """{"requestId":"r2"}""") }));
            Assert.That(events.Select(e => e.Kind), Is.EqualTo(new[] { AuditEventKinds.RequestHeld }));
            Assert.That(events[0].Fact("reason"), Is.EqualTo("no partner gateway serves the requested country ES"));
        }
    }

    [Test]
    public async Task Releases_a_held_request_once_even_when_two_stores_race_to_do_it()
    {
        await using var harness = await StoreHarness.CreateAsync();
        var other = await harness.OpenAnotherAsync();
        await harness.Store.RecordIntakeAsync(StoreHarness.File("a") with { Held = [Held("r1")] }, [], None);

        var outcomes = await Task.WhenAll(
            harness.Store.ReleaseHeldAsync(Release("r1"), "gateway", None),
            other.ReleaseHeldAsync(Release("r1"), "olga", None));

        var request = (await harness.Store.GetRequestAsync("r1", None))!;
        var kinds = (await harness.Store.Audit.GetEventsAsync("r1", null, None)).Select(e => e.Kind).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes, Is.EquivalentTo(new[] { ReleaseOutcome.Released, ReleaseOutcome.AlreadyReleased }));
            Assert.That(await harness.Store.ListOutboxAsync(new OutboxQuery(), None), Has.Count.EqualTo(1));
            Assert.That(request.Status, Is.EqualTo(RequestStatus.Submitted));
            Assert.That(request.Request.PartnerId, Is.EqualTo("es"));
            Assert.That(request.HeldReason, Is.Null);
            Assert.That(kinds, Is.EqualTo(new[] { AuditEventKinds.RequestHeld, AuditEventKinds.RequestReleased, AuditEventKinds.MessageSealed }));
            Assert.That(await harness.Store.ListHeldAsync(null, null, None), Is.Empty);
            Assert.That(await harness.Store.ReleaseHeldAsync(Release("unknown"), "gateway", None), Is.EqualTo(ReleaseOutcome.NotHeld));
        }
    }

    [Test]
    public async Task A_request_exported_again_once_a_partner_serves_it_is_no_longer_held()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.RecordIntakeAsync(StoreHarness.File("a") with { Held = [Held("r1")] }, [], None);

        await harness.Store.RecordIntakeAsync(StoreHarness.File("b"), [Release("r1")], None);

        Assert.That((await harness.Store.GetRequestAsync("r1", None))!.Status, Is.EqualTo(RequestStatus.Submitted));
        Assert.That(await harness.Store.ReleaseHeldAsync(Release("r1"), "gateway", None), Is.EqualTo(ReleaseOutcome.AlreadyReleased));
        Assert.That(await harness.Store.ListOutboxAsync(new OutboxQuery(), None), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_request_already_sent_is_not_taken_back_to_held_by_a_later_export()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.RecordIntakeAsync(StoreHarness.File("a"), [Release("r1")], None);

        var result = await harness.Store.RecordIntakeAsync(StoreHarness.File("b") with { Held = [Held("r1")] }, [], None);

        Assert.That(result.AlreadySent, Is.EqualTo(new[] { "r1" }));
        Assert.That((await harness.Store.GetRequestAsync("r1", None))!.Status, Is.EqualTo(RequestStatus.Submitted));
        Assert.That(await harness.Store.ListHeldAsync(null, null, None), Is.Empty);
    }

    [Test]
    public async Task The_migration_keeps_every_request_of_an_older_store_and_allows_held()
    {
        await using var harness = await StoreHarness.CreateAsync();
        var path = harness.Options.Path;
        await harness.Store.UpsertRequestAsync(StoreHarness.Request("old-1"), None);
        await harness.Store.DisposeAsync();
        // Back to the store as the previous version left it: the held table gone, the old requests table, no trace
        // context in the outbox (step 6), version 4.
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                DROP TABLE held_requests;
                CREATE TABLE requests_v4 AS SELECT * FROM requests;
                DROP TABLE requests;
                """ + SchemaV1.Sql[SchemaV1.Sql.IndexOf("CREATE TABLE requests", StringComparison.Ordinal)..] + """
                INSERT INTO requests SELECT * FROM requests_v4;
                DROP TABLE requests_v4;
                ALTER TABLE outbox DROP COLUMN trace_parent;
                UPDATE schema_version SET version = 4;
                """;
            command.ExecuteNonQuery();
        }

        var reopened = await harness.OpenAnotherAsync();
        await reopened.RecordIntakeAsync(StoreHarness.File("a") with { Held = [Held("new-1")] }, [], None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(RawDatabase.Scalar(path, "SELECT version FROM schema_version"), Is.EqualTo((long)SchemaMigrations.LatestVersion));
            Assert.That((await reopened.GetRequestAsync("old-1", None))!.Request, Is.EqualTo(StoreHarness.Request("old-1")));
            Assert.That((await reopened.GetRequestAsync("new-1", None))!.Status, Is.EqualTo(RequestStatus.Held));
            Assert.That(RawDatabase.Column(path, "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'requests' AND name NOT LIKE 'sqlite_%' ORDER BY name"),
                Is.EqualTo(new[] { "requests_case_reference", "requests_case_reference_nocase", "requests_created_at", "requests_respond_by", "requests_status" }));
        }
    }
}
