using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// The single writer of one store: every change goes through it, and the writes waiting at the same moment are
/// committed together in ONE transaction (group commit), each inside its own savepoint so one failing write does not
/// undo the others.
/// </summary>
/// <remarks>
/// Why: SQLite admits one writer at a time anyway, and with <c>synchronous=FULL</c> every commit costs an fsync. Under
/// load (many inbound POSTs, a dispatcher completing many deliveries) one fsync then covers a whole batch, while a lone
/// write still commits at once. No caller's task completes before the commit that holds its write has returned, so
/// "durable on return" holds for every write. Transactions start with <c>BEGIN IMMEDIATE</c>: the write lock is taken
/// up front, which makes lease claims exclusive across processes and avoids the deadlock of two readers upgrading.
/// </remarks>
internal sealed class SqliteWriter : IAsyncDisposable
{
    /// <summary>At most this many writes share a transaction, so one commit never holds the lock for long.</summary>
    private const int MaxBatch = 256;

    private readonly SqliteConnection _connection;
    private readonly Channel<WriteItem> _queue = Channel.CreateUnbounded<WriteItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    public SqliteWriter(SqliteConnection connection)
    {
        _connection = connection;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Runs <paramref name="work"/> in a write transaction; completes once it is durably committed.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteTransaction, T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var item = new WriteItem(transaction => work(transaction), cancellationToken);
        if (!_queue.Writer.TryWrite(item)) throw new ObjectDisposedException(nameof(SqliteGatewayStore));
        return (T)(await item.Task.ConfigureAwait(false))!;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var batch = new List<WriteItem>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
            {
                if (item.TryStart()) batch.Add(item);
            }
            if (batch.Count > 0) Commit(batch);
        }
    }

    private void Commit(List<WriteItem> batch)
    {
        Exception? batchError = null;
        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            if (batch.Count == 1) batch[0].Run(transaction); // alone, its failure is the batch's: no savepoint needed
            else foreach (var item in batch) RunInSavepoint(transaction, item);
            transaction.Commit();
        }
#pragma warning disable CA1031 // The writer must survive any failure: it belongs to the callers of this batch.
        catch (Exception error)
#pragma warning restore CA1031
        {
            batchError = error;
        }
        foreach (var item in batch) item.Complete(batchError);
    }

    private static void RunInSavepoint(SqliteTransaction transaction, WriteItem item)
    {
        transaction.Save("item");
        try
        {
            item.Run(transaction);
            transaction.Release("item");
        }
#pragma warning disable CA1031 // Whatever one write throws is that caller's failure, not the batch's.
        catch (Exception error)
#pragma warning restore CA1031
        {
            // Undo this write only; if the transaction itself is gone, Rollback throws and the whole batch fails.
            transaction.Rollback("item");
            transaction.Release("item");
            item.Fail(error);
        }
    }
}
