using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Core.Translation;

/// <summary>
/// Runs an adapter's <see cref="ICountryAdapter.Read"/> on a thread of its own, a few records ahead of the caller,
/// so that reading and mapping (the adapter) overlap serialisation and validation (the caller) on a multi-core
/// machine. Records arrive in the adapter's order. At most <see cref="MaxBatchesAhead"/> batches of
/// <see cref="BatchSize"/> records wait at a time, so memory stays bounded whatever the size of the file.
/// </summary>
/// <remarks>
/// An exception the adapter throws while reading becomes the last record (the translator turns it
/// into a file problem), exactly as when the adapter ran on the caller's thread. Anything else (cancellation, a failure
/// opening or closing the file) is rethrown to the caller, on the caller's thread. Disposing stops the adapter and
/// waits for it to close the file.
/// </remarks>
internal sealed class AdapterReadAhead : IDisposable
{
    /// <summary>
    /// Records handed over at once: one wake-up of the waiting thread per batch rather than per record, which matters
    /// when a record costs a few tens of microseconds.
    /// </summary>
    public const int BatchSize = 4;

    /// <summary>Full batches that may wait for the caller before the adapter is held back.</summary>
    public const int MaxBatchesAhead = 2;

    private readonly BlockingCollection<RecordResult[]> _batches = new(MaxBatchesAhead);
    private readonly CancellationTokenSource _stop;
    private readonly Task _producer;
    private ExceptionDispatchInfo? _failure;

    public AdapterReadAhead(ICountryAdapter adapter, SourceFile source, Func<Exception, RecordResult> onAdapterFailure, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stop = _stop.Token;
        _producer = Task.Factory.StartNew(() => Produce(adapter, source, onAdapterFailure, stop), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The adapter's records in order, then the rethrown failure if reading failed other than in the adapter's own code.</summary>
    public IEnumerable<RecordResult> Records(CancellationToken cancellationToken)
    {
        foreach (var batch in _batches.GetConsumingEnumerable(cancellationToken))
        {
            for (var i = 0; i < batch.Length; i++)
            {
                var record = batch[i];
                // The slot lets go of the record, so it lives no longer than the caller keeps it: fewer records survive
                // a garbage collection that happens while the rest of the batch is processed.
                batch[i] = null!;
                yield return record;
            }
        }
        _failure?.Throw();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stop.Cancel();
        // The producer catches everything, so this wait only waits: once it returns, the adapter has closed the file.
        _producer.Wait(CancellationToken.None);
        _stop.Dispose();
        _batches.Dispose();
    }

    private void Produce(ICountryAdapter adapter, SourceFile source, Func<Exception, RecordResult> onAdapterFailure, CancellationToken stop)
    {
        try
        {
            using var records = adapter.Read(source, stop).GetEnumerator();
            var batch = new List<RecordResult>(BatchSize);
            var more = true;
            while (more)
            {
                more = Next(records, onAdapterFailure, out var record);
                if (record is not null) batch.Add(record);
                if (batch.Count < BatchSize && (more || batch.Count == 0)) continue;
                _batches.Add([.. batch], stop);
                batch.Clear();
            }
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            _batches.CompleteAdding();
        }
    }

    /// <summary>
    /// Moves the adapter on. False at the end of the file, and also after an adapter failure, whose file problem is then
    /// in <paramref name="record"/> (null at a plain end).
    /// </summary>
    private static bool Next(IEnumerator<RecordResult> records, Func<Exception, RecordResult> onAdapterFailure, out RecordResult? record)
    {
        try
        {
            if (records.MoveNext())
            {
                record = records.Current;
                return true;
            }
            record = null;
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            record = onAdapterFailure(e);
            return false;
        }
    }
}
