using Microsoft.Data.Sqlite;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// One write waiting for the <see cref="SqliteWriter"/>: its work, the caller's task, and the rule that a caller may
/// cancel only until the work starts (after that it is committed and its result delivered).
/// </summary>
internal sealed class WriteItem
{
    private const int Pending = 0;
    private const int Started = 1;
    private const int Cancelled = 2;

    private readonly Func<SqliteTransaction, object?> _work;
    private readonly TaskCompletionSource<object?> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenRegistration _registration;
    private int _state;
    private object? _result;
    private Exception? _error;

    public WriteItem(Func<SqliteTransaction, object?> work, CancellationToken cancellationToken)
    {
        _work = work;
        if (cancellationToken.CanBeCanceled) _registration = cancellationToken.Register(() => Cancel(cancellationToken));
    }

    public Task<object?> Task => _completion.Task;

    /// <summary>Claims the item for execution; false when the caller cancelled first (the item is then skipped).</summary>
    public bool TryStart()
    {
        var started = Interlocked.CompareExchange(ref _state, Started, Pending) == Pending;
        _registration.Dispose();
        return started;
    }

    /// <summary>Runs the work inside the batch transaction; an exception is kept for this caller only.</summary>
    public void Run(SqliteTransaction transaction) => _result = _work(transaction);

    public void Fail(Exception error) => _error = error;

    /// <summary>Hands the outcome to the caller, after the batch's commit (or its failure).</summary>
    public void Complete(Exception? batchError)
    {
        var error = batchError ?? _error;
        if (error is null) _completion.TrySetResult(_result);
        else _completion.TrySetException(error);
    }

    private void Cancel(CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _state, Cancelled, Pending) == Pending) _completion.TrySetCanceled(cancellationToken);
    }
}
