using System.Text;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Tests.Storage;

namespace CooperJus.Gateway.Core.Tests.Audit;

/// <summary>
/// A real store on a real SQLite file, its audit log, a real checkpoint file signed with a real key, and the verifier;
/// plus the raw SQL an attacker with write access to the file would run (triggers dropped first, as they would).
/// </summary>
public sealed class AuditHarness : IAsyncDisposable
{
    private AuditHarness(StoreHarness store)
    {
        Store = store;
        Checkpoints = new AuditCheckpoints(Path.Combine(store.FolderPath, "audit-checkpoints.jwsl"), Key, "PE-MP");
    }

    public StoreHarness Store { get; }

    public IAuditLog Log => Store.Store.Audit;

    public GatewayKey Key { get; } = GatewayKey.Generate("pe-audit-1");

    public AuditCheckpoints Checkpoints { get; }

    public AuditVerifier Verifier => new(Log, Checkpoints);

    public string DatabasePath => Store.Options.Path;

    public static async Task<AuditHarness> CreateAsync() => new(await StoreHarness.CreateAsync());

    /// <summary>Appends <paramref name="count"/> events with a body each; returns the last sequence number.</summary>
    public Task<long> AppendAsync(int count, string prefix = "e") =>
        Log.AppendAsync(Enumerable.Range(1, count).Select(i => new AuditEntry(AuditEventKinds.RecordParsed)
        {
            RequestId = $"{prefix}-request-{i}",
            Facts = [KeyValuePair.Create("record", i.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            Body = Encoding.UTF8.GetBytes($"record {prefix}{i};Quispe Mamani;DNI 41234567"),
            BodyMediaType = "text/plain",
        }).ToList(), CancellationToken.None);

    public Task<AuditCheckpoint?> CheckpointAsync() => Checkpoints.WriteAsync(Log, Store.Clock, CancellationToken.None);

    public Task<AuditVerification> VerifyAsync() => Verifier.VerifyAsync(CancellationToken.None);

    /// <summary>Runs SQL on the file as someone who bypasses the gateway (the append-only triggers dropped first).</summary>
    public void Tamper(string sql)
    {
        RawDatabase.Execute(DatabasePath,
            "DROP TRIGGER IF EXISTS audit_events_no_update; DROP TRIGGER IF EXISTS audit_events_no_delete; " +
            "DROP TRIGGER IF EXISTS audit_bodies_prune_only; DROP TRIGGER IF EXISTS audit_bodies_no_delete; " + sql);
    }

    /// <summary>Sets a BLOB column of one row, bypassing the gateway.</summary>
    public void TamperBlob(string table, string column, long sequence, byte[] value)
    {
        Tamper("SELECT 1;");
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE {table} SET {column} = @value WHERE seq = @seq";
        command.Parameters.AddWithValue("@value", value);
        command.Parameters.AddWithValue("@seq", sequence);
        command.ExecuteNonQuery();
    }

    public byte[] Header(long sequence) => (byte[])RawDatabase.Scalar(DatabasePath, $"SELECT header FROM audit_events WHERE seq = {sequence}")!;

    public async ValueTask DisposeAsync()
    {
        Key.Dispose();
        await Store.DisposeAsync();
    }
}
