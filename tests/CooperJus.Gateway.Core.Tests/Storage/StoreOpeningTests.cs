using System.Runtime.Versioning;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace CooperJus.Gateway.Core.Tests.Storage;

/// <summary>Opening a store: schema creation, migrations, settings, and a clear message when the file cannot serve.</summary>
public sealed class StoreOpeningTests
{
    private static readonly FakeTimeProvider s_clock = new(StoreHarness.Start);

    [Test]
    public async Task Creates_the_schema_in_a_new_file_at_the_latest_version_in_WAL_mode()
    {
        await using var harness = await StoreHarness.CreateAsync();
        var path = harness.Options.Path;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(RawDatabase.Scalar(path, "SELECT version FROM schema_version"), Is.EqualTo((long)SchemaMigrations.LatestVersion));
            Assert.That(RawDatabase.Scalar(path, "PRAGMA journal_mode"), Is.EqualTo("wal"));
            foreach (var table in new[] { "intake_files", "outbox", "outbox_envelopes", "outbox_receipts", "outbox_attempts", "inbox", "inbox_content", "inbound_rejections", "requests" })
            {
                Assert.That(RawDatabase.Count(path, "sqlite_schema", $"type = 'table' AND name = '{table}'"), Is.EqualTo(1), table);
            }
        }
    }

    [Test]
    [Platform(Exclude = "Win", Reason = "Unix file modes")]
    [UnsupportedOSPlatform("windows")]
    public async Task Creates_the_store_and_its_wal_and_shm_for_the_owner_and_group_only_whatever_the_umask()
    {
        // This test process keeps the umask it was started with (usually 0022, which would give 0644).
        await using var harness = await StoreHarness.CreateAsync();
        var path = harness.Options.Path;

        const UnixFileMode ownerAndGroup = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;

        var beyond = new[] { path, path + "-wal", path + "-shm" }
            .Select(p => (Name: Path.GetFileName(p), Mode: File.GetUnixFileMode(p)))
            .Where(f => (f.Mode & ~ownerAndGroup) != 0)
            .Select(f => $"{f.Name} {Convert.ToString((int)f.Mode, 8)}");

        Assert.That(beyond, Is.Empty, "bits beyond 0640");
    }

    [Test]
    public async Task Creates_the_indexes_the_dispatcher_and_the_operators_query_by()
    {
        await using var harness = await StoreHarness.CreateAsync();
        var indexes = new[] { "outbox_pending", "outbox_partner", "outbox_partner_state", "outbox_state", "inbox_unexported", "requests_case_reference", "requests_status", "requests_respond_by", "intake_files_accepted_sha256" };
        foreach (var index in indexes)
        {
            Assert.That(RawDatabase.Count(harness.Options.Path, "sqlite_schema", $"type = 'index' AND name = '{index}'"), Is.EqualTo(1), index);
        }
    }

    [Test]
    public async Task Every_connection_commits_with_synchronous_full_and_enforces_foreign_keys()
    {
        await using var harness = await StoreHarness.CreateAsync();
        var database = SqliteDatabase.Open(harness.Options);
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous";
        var synchronous = command.ExecuteScalar();
        command.CommandText = "PRAGMA foreign_keys";
        var foreignKeys = command.ExecuteScalar();
        command.CommandText = "PRAGMA busy_timeout";
        var busyTimeout = command.ExecuteScalar();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(synchronous, Is.EqualTo(2L), "2 is FULL");
            Assert.That(foreignKeys, Is.EqualTo(1L));
            Assert.That(busyTimeout, Is.EqualTo((long)harness.Options.BusyTimeout.TotalMilliseconds));
        }
        database.ClearPool();
    }

    [Test]
    public async Task Reopening_an_up_to_date_store_keeps_its_data_and_applies_nothing()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1")], CancellationToken.None);
        await using var reopened = await harness.OpenAnotherAsync();
        using var connection = new SqliteConnection($"Data Source={harness.Options.Path};Pooling=False");
        connection.Open();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(SchemaMigrations.Apply(connection, harness.Options.Path), Is.EqualTo(SchemaMigrations.LatestVersion), "version found");
            Assert.That(await reopened.GetOutboxMessageAsync("m1", CancellationToken.None), Is.Not.Null);
            Assert.That(RawDatabase.Count(harness.Options.Path, "schema_version"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Applies_only_the_missing_steps_in_order_and_records_the_new_version()
    {
        await using var harness = await StoreHarness.CreateAsync();
        var steps = SchemaMigrations.All.Append(new Migration(SchemaMigrations.LatestVersion + 1, "test step", "CREATE TABLE later_step (x INTEGER);")).ToList();
        using var connection = new SqliteConnection($"Data Source={harness.Options.Path};Pooling=False");
        connection.Open();
        var before = SchemaMigrations.Apply(connection, harness.Options.Path, steps);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(before, Is.EqualTo(SchemaMigrations.LatestVersion));
            Assert.That(RawDatabase.Scalar(harness.Options.Path, "SELECT version FROM schema_version"), Is.EqualTo((long)SchemaMigrations.LatestVersion + 1));
            Assert.That(RawDatabase.Count(harness.Options.Path, "sqlite_schema", "name = 'later_step'"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task A_failing_migration_step_leaves_the_database_as_it_was()
    {
        await using var harness = await StoreHarness.CreateAsync();
        var steps = SchemaMigrations.All
            .Append(new Migration(SchemaMigrations.LatestVersion + 1, "good", "CREATE TABLE half_done (x INTEGER);"))
            .Append(new Migration(SchemaMigrations.LatestVersion + 2, "broken", "CREATE TABLE broken (;"))
            .ToList();
        using var connection = new SqliteConnection($"Data Source={harness.Options.Path};Pooling=False");
        connection.Open();
        Assert.That(() => SchemaMigrations.Apply(connection, harness.Options.Path, steps), Throws.InstanceOf<SqliteException>());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(RawDatabase.Scalar(harness.Options.Path, "SELECT version FROM schema_version"), Is.EqualTo((long)SchemaMigrations.LatestVersion));
            Assert.That(RawDatabase.Count(harness.Options.Path, "sqlite_schema", "name = 'half_done'"), Is.Zero);
        }
    }

    [Test]
    public async Task Refuses_a_store_written_by_a_newer_gateway_naming_both_versions()
    {
        using var folder = new TemporaryFolder();
        var options = new StoreOptions { Path = folder.Combine("gateway.db") };
        await (await SqliteGatewayStore.OpenAsync(options, s_clock, CancellationToken.None)).DisposeAsync();
        RawDatabase.Execute(options.Path, "UPDATE schema_version SET version = 99");

        var error = Assert.ThrowsAsync<StoreOpenException>(() => SqliteGatewayStore.OpenAsync(options, s_clock, CancellationToken.None));

        Assert.That(error!.Message, Is.EqualTo(
            $"Cannot open the gateway store '{options.Path}': its schema version is 99, but this gateway knows versions up to " +
            $"{SchemaMigrations.LatestVersion}. It was written by a newer gateway: run that version or a later one (a store is never downgraded)."));
    }

    [TestCase("missing-folder/gateway.db", "its folder '{folder}/missing-folder' does not exist")]
    [TestCase("a-folder", "it is a folder, not a database file")]
    [TestCase("not-a-database.db", "the file is not a SQLite database")]
    [TestCase("other-application.db", "it is a SQLite database of something else")]
    public void Refuses_a_file_it_cannot_use_with_one_message_naming_the_file_and_the_cause(string name, string cause)
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.Combine("a-folder"));
        File.WriteAllText(folder.Combine("not-a-database.db"), "Fiscalía;Expediente;Delito\n2024-001;Lavado de activos;\n" + new string('x', 4096));
        RawDatabase.Execute(folder.Combine("other-application.db"), "CREATE TABLE customers (id INTEGER)");
        var path = folder.Combine(name.Split('/'));

        var error = Assert.ThrowsAsync<StoreOpenException>(() => SqliteGatewayStore.OpenAsync(new StoreOptions { Path = path }, s_clock, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.Message, Does.StartWith($"Cannot open the gateway store '{path}': "));
            Assert.That(error.Message, Does.Contain(cause.Replace("{folder}", folder.Path, StringComparison.Ordinal)));
            Assert.That(error.Path, Is.EqualTo(path));
        }
    }

    [Test]
    public async Task Refuses_a_read_only_file_saying_so()
    {
        using var folder = new TemporaryFolder();
        var options = new StoreOptions { Path = folder.Combine("gateway.db") };
        await (await SqliteGatewayStore.OpenAsync(options, s_clock, CancellationToken.None)).DisposeAsync();
        using var readOnly = ReadOnlyFile.Make(options.Path);
        if (!readOnly.IsEffective) Assert.Ignore("This user can write read-only files and chattr is unavailable.");

        var error = Assert.ThrowsAsync<StoreOpenException>(() => SqliteGatewayStore.OpenAsync(options, s_clock, CancellationToken.None));

        Assert.That(error!.Message, Does.StartWith($"Cannot open the gateway store '{options.Path}': the file or its folder is read-only"));
    }

    [Test]
    public void Refuses_invalid_options_listing_every_error()
    {
        var options = new StoreOptions { Path = "", LeaseDuration = TimeSpan.Zero, BusyTimeout = TimeSpan.FromHours(1) };

        var error = Assert.ThrowsAsync<ArgumentException>(() => SqliteGatewayStore.OpenAsync(options, s_clock, CancellationToken.None));

        Assert.That(error!.Message, Does.StartWith(
            "Invalid store options: The Path field is required. The field LeaseDuration must be between 00:00:01 and 01:00:00. " +
            "The field BusyTimeout must be between 00:00:00.1000000 and 00:05:00."));
    }

    [Test]
    public void Options_defaults_are_the_documented_ones()
    {
        var options = new StoreOptions();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(options.Path, Is.EqualTo("cooperjus-gateway.db"));
            Assert.That(options.LeaseDuration, Is.EqualTo(TimeSpan.FromMinutes(2)));
            Assert.That(options.BusyTimeout, Is.EqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(StoreOptions.SectionName, Is.EqualTo("Store"));
        }
    }
}
