using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Sdk.Model;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace CooperJus.Gateway.Core.Tests.Storage;

/// <summary>
/// Step 7, the request statuses of the v2 response: a real store file left at step 6 with a request in every status it
/// allowed is migrated at open, every row and index kept, and the new statuses are then stored.
/// </summary>
public sealed class ResponseStatusMigrationTests
{
    private const int PreviousVersion = 6;

    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Every column of every request, as SQLite quotes it: a row changed in any way shows.</summary>
    private const string Rows = """
        SELECT quote(request_id) || ',' || quote(direction) || ',' || quote(case_reference) || ',' || quote(partner_id) || ',' ||
               quote(requested_country) || ',' || quote(status) || ',' || quote(respond_by) || ',' || quote(created_at) || ',' ||
               quote(updated_at) || ',' || quote(status_at)
        FROM requests ORDER BY request_id
        """;

    private const string Indexes = "SELECT name || ': ' || sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'requests' AND sql IS NOT NULL ORDER BY name";

    private static readonly string[] StatusesOfStep6 =
    [
        "submitted", "delivered", "undeliverable", "received", "acknowledged", "in-progress", "executed", "partially-executed", "refused",
        "information-needed", "held",
    ];

    private static readonly string[] NewStatuses = ["postponed", "conditions-proposed", "forwarded", "measure-substituted", "withdrawn"];

    [Test]
    public async Task The_migration_keeps_every_request_and_index_of_a_step_6_store_and_allows_the_v2_response_statuses()
    {
        using var folder = new TemporaryFolder();
        var options = new StoreOptions { Path = folder.Combine("gateway.db") };
        CreateAtStep6WithARequestInEveryStatus(options.Path);
        var rowsBefore = RawDatabase.Column(options.Path, Rows);
        var indexesBefore = RawDatabase.Column(options.Path, Indexes);
        Assert.That(() => RawDatabase.Execute(options.Path, "UPDATE requests SET status = 'postponed' WHERE request_id = 'r-delivered'"),
            Throws.InstanceOf<SqliteException>(), "step 6 does not know postponed");

        await using var store = await SqliteGatewayStore.OpenAsync(options, new FakeTimeProvider(StoreHarness.Start), None);
        var rowsAfter = RawDatabase.Column(options.Path, Rows);
        var applied = await store.ApplyResponseAsync("r-delivered", ResponseStatus.Postponed, StoreHarness.Start, None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(RawDatabase.Scalar(options.Path, "SELECT version FROM schema_version"), Is.EqualTo((long)SchemaMigrations.LatestVersion));
            Assert.That(SchemaMigrations.LatestVersion, Is.EqualTo(PreviousVersion + 1));
            Assert.That(rowsAfter, Is.EqualTo(rowsBefore), "every row as it was");
            Assert.That(rowsAfter, Has.Count.EqualTo(StatusesOfStep6.Length));
            Assert.That(RawDatabase.Column(options.Path, Indexes), Is.EqualTo(indexesBefore), "every index as it was");
            Assert.That(RawDatabase.Scalar(options.Path, "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'requests_rebuilt'"), Is.Zero);
            Assert.That(applied, Is.EqualTo(ResponseApplyResult.Applied));
            Assert.That((await store.GetRequestAsync("r-delivered", None))!.Status, Is.EqualTo(RequestStatus.Postponed));
            Assert.That((await store.GetRequestAsync("r-held", None))!.HeldReason, Is.EqualTo("no partner gateway serves the requested country CL"), "the held table untouched");
        }
        foreach (var status in NewStatuses)
            Assert.That(() => RawDatabase.Execute(options.Path, $"UPDATE requests SET status = '{status}' WHERE request_id = 'r-acknowledged'"), Throws.Nothing, status);
        Assert.That(() => RawDatabase.Execute(options.Path, "UPDATE requests SET status = 'lost' WHERE request_id = 'r-acknowledged'"),
            Throws.InstanceOf<SqliteException>().With.Message.Contains("CHECK"), "the constraint still refuses what is not a status");
    }

    [Test]
    public void Check_config_says_the_next_start_migrates_a_step_6_store_and_then_that_it_is_current()
    {
        using var folder = new TemporaryFolder();
        var options = new StoreOptions { Path = folder.Combine("gateway.db") };
        CreateAtStep6WithARequestInEveryStatus(options.Path);

        var before = StoreInspection.Describe(options);
        using (var connection = new SqliteConnection($"Data Source={options.Path};Pooling=False"))
        {
            connection.Open();
            SchemaMigrations.Apply(connection, options.Path);
        }
        var after = StoreInspection.Describe(options);

        Assert.That(before, Does.EndWith($"(schema version {PreviousVersion}; the next start migrates it to {SchemaMigrations.LatestVersion})"));
        Assert.That(after, Does.EndWith($"(schema version {SchemaMigrations.LatestVersion})"));
    }

    /// <summary>A store file as a gateway of step 6 left it, with one request in each status it allowed (with and without deadline and response time).</summary>
    private static void CreateAtStep6WithARequestInEveryStatus(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        SchemaMigrations.Apply(connection, path, SchemaMigrations.All.Take(PreviousVersion).ToList());
        using var transaction = connection.BeginTransaction();
        for (var i = 0; i < StatusesOfStep6.Length; i++)
        {
            var status = StatusesOfStep6[i];
            var held = status == "held";
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO requests (request_id, direction, case_reference, partner_id, requested_country, status, respond_by, created_at, updated_at, status_at)
                VALUES (@id, @direction, @case, @partner, @country, @status, @respondBy, @created, @updated, @statusAt)
                """;
            insert.Parameters.AddWithValue("@id", "r-" + status);
            insert.Parameters.AddWithValue("@direction", status == "received" || i % 2 == 1 ? "incoming" : "outgoing");
            insert.Parameters.AddWithValue("@case", "CASE-" + i);
            insert.Parameters.AddWithValue("@partner", held ? "" : "es");
            insert.Parameters.AddWithValue("@country", held ? "CL" : "ES");
            insert.Parameters.AddWithValue("@status", status);
            insert.Parameters.AddWithValue("@respondBy", i % 3 == 0 ? DBNull.Value : $"2025-0{1 + (i % 9)}-15");
            insert.Parameters.AddWithValue("@created", 1_700_000_000_000L + i);
            insert.Parameters.AddWithValue("@updated", 1_700_000_100_000L + i);
            insert.Parameters.AddWithValue("@statusAt", i < 4 || held ? DBNull.Value : 1_700_000_050_000L + i);
            insert.ExecuteNonQuery();
        }
        using var heldRow = connection.CreateCommand();
        heldRow.Transaction = transaction;
        heldRow.CommandText = """
            INSERT INTO held_requests (request_id, requested_country, reason, canonical, held_at)
            VALUES ('r-held', 'CL', 'no partner gateway serves the requested country CL', X'7B7D', 1700000000010)
            """;
        heldRow.ExecuteNonQuery();
        transaction.Commit();
    }
}
