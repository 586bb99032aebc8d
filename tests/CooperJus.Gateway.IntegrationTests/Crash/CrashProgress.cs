using CooperJus.Gateway.Hosting;
using System.Globalization;
using CooperJus.Gateway.Core.Intake;
using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.IntegrationTests.Crash;

/// <summary>
/// Where the run stands, seen from outside the processes: their folders, the sender's health endpoint, and a count
/// read from the sender's store file (a plain read: SQLite in WAL mode lets another process read while it writes).
/// </summary>
/// <param name="Delivered">Messages the sender's outbox holds as delivered, or null when the file could not be read.</param>
/// <param name="Exported">National files written by the receiver (<c>fortuny_*.xml</c>).</param>
/// <param name="Unclaimed">Files still waiting in the sender's intake folder.</param>
/// <param name="Claimed">Files the sender is taking in (in <c>.claimed/</c>).</param>
/// <param name="Processed">Files the sender has filed under <c>processed/</c>.</param>
/// <param name="Failed">Files the sender has filed under <c>failed/</c>.</param>
/// <param name="SenderQueues">The sender's outbox, or null while it is down.</param>
internal sealed record CrashProgress(int? Delivered, int Exported, int Unclaimed, int Claimed, int Processed, int Failed, QueueState? SenderQueues)
{
    /// <summary>The sender is reading, translating or recording an intake file.</summary>
    public bool IntakeUnderWay => Unclaimed > 0 || Claimed > 0;

    /// <summary>The sender has delivered some messages and has more to deliver.</summary>
    public bool DispatchUnderWay => Delivered > 0 && SenderQueues is { Pending: > 0 };

    public static async Task<CrashProgress> TakeAsync(LocalGateway sender, GatewayProcess senderProcess, LocalGateway receiver, CancellationToken cancellationToken)
    {
        var queues = await senderProcess.QueuesAsync(cancellationToken).ConfigureAwait(false);
        return new CrashProgress(
            DeliveredCount(sender.StorePath),
            FortunyExport.Files(receiver.ExportFolder).Count(),
            Count(sender.IntakeFolder, "*.csv"),
            Count(Path.Combine(sender.IntakeFolder, IntakeFolder.ClaimedFolder), "*.csv"),
            Count(Path.Combine(sender.IntakeFolder, IntakeFolder.ProcessedFolder), "*.csv"),
            Count(Path.Combine(sender.IntakeFolder, IntakeFolder.FailedFolder), "*.csv"),
            queues);
    }

    public override string ToString() =>
        $"delivered {Delivered?.ToString(CultureInfo.InvariantCulture) ?? "?"}, exported {Exported}; sender intake: {Unclaimed} waiting, {Claimed} being taken in, {Processed} processed, {Failed} failed; " +
        $"sender outbox: {(SenderQueues is { } q ? $"{q.Pending} pending, {q.DeadLettered} dead-lettered" : "(down)")}";

    private static int? DeliveredCount(string storePath)
    {
        if (!File.Exists(storePath)) return null;
        try
        {
            using var connection = new SqliteConnection($"Data Source={storePath};Mode=ReadWrite;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM outbox WHERE state = 'delivered'";
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return null; // Busy or being created: the next poll reads it.
        }
    }

    private static int Count(string folder, string pattern) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, pattern).Count() : 0;
}
