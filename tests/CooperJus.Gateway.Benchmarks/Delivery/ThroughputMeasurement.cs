using System.Diagnostics;
using System.Net.Http.Headers;
using CooperJus.Gateway.Core.Delivery;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Hosting;

namespace CooperJus.Gateway.Benchmarks.Delivery;

/// <summary>
/// (1): messages per second delivered end to end by the sending gateway (in this process) to the receiving one (a
/// child process), against plain POSTs of the same bodies from this process to a trivial endpoint of that process.
/// </summary>
/// <remarks>
/// The gateway side starts the clock, then a producer signs messages and enqueues them in batches (as the intake
/// does, durably), waking the dispatcher after each batch; the clock stops when the dispatcher reports the last one
/// delivered (receipt verified and stored). The plain side POSTs the same bytes with an <see cref="HttpClient"/> set
/// up like the gateway's, as many at once as the dispatcher sends to one partner. Before each side runs, the
/// receiver has finished writing every national file of the previous one, so neither side pays for the other.
/// </remarks>
internal sealed class ThroughputMeasurement : IDisposable
{
    private const int ProducerBatch = 100;
    private static readonly TimeSpan RoundDeadline = TimeSpan.FromMinutes(10);

    private readonly GatewayServices _sender;
    private readonly SignedRequests _requests;
    private readonly Uri _sink;
    private readonly string _receiverExport;
    private readonly Func<TimeSpan> _receiverCpu;
    private readonly int _concurrency = new DeliveryOptions().ConcurrencyPerPartner;
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), MaxConnectionsPerServer = 64 });
    private int _deliveredSoFar;

    public ThroughputMeasurement(GatewayServices sender, SignedRequests requests, Uri sink, string receiverExport, Func<TimeSpan> receiverCpu)
    {
        _receiverCpu = receiverCpu;
        _sender = sender;
        _requests = requests;
        _sink = sink;
        _receiverExport = receiverExport;
    }

    public int Concurrency => _concurrency;

    public async Task<ThroughputRound> RunAsync(string series, int messages, CancellationToken cancellationToken)
    {
        using var self = Process.GetCurrentProcess();
        var (senderBefore, receiverBefore) = (self.TotalProcessorTime, _receiverCpu());
        var (bodies, gateway, exported, signing, enqueueing, retries) = await GatewayAsync(series, messages, cancellationToken);
        self.Refresh();
        var (senderCpu, receiverCpu) = (self.TotalProcessorTime - senderBefore, _receiverCpu() - receiverBefore);
        var plainBefore = self.TotalProcessorTime + _receiverCpu();
        var plain = await PlainAsync(bodies, cancellationToken);
        self.Refresh();
        var plainCpu = self.TotalProcessorTime + _receiverCpu() - plainBefore;
        return new ThroughputRound(messages, gateway, exported, plain, signing, enqueueing, retries, senderCpu, receiverCpu, plainCpu);
    }

    public void Dispose() => _http.Dispose();

    private async Task<(List<ReadOnlyMemory<byte>> Bodies, TimeSpan Gateway, TimeSpan Exported, TimeSpan Signing, TimeSpan Enqueueing, int Retries)> GatewayAsync(
        string series, int messages, CancellationToken cancellationToken)
    {
        int delivered = 0, retries = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Observe(DeliveryReport report)
        {
            if (report.State == DeliveryState.RetryScheduled) Interlocked.Increment(ref retries);
            if (report.State == DeliveryState.DeadLettered) done.TrySetException(new InvalidOperationException($"message {report.MessageId} was dead-lettered: {report.Detail}"));
            if (report.State == DeliveryState.Delivered && Interlocked.Increment(ref delivered) == messages) done.TrySetResult();
        }
        _sender.Dispatcher.Reported += Observe;
        try
        {
            var clock = Stopwatch.StartNew();
            var (bodies, signing, enqueueing) = await ProduceAsync(series, messages, cancellationToken);
            await done.Task.WaitAsync(RoundDeadline, cancellationToken);
            var gateway = clock.Elapsed;
            _deliveredSoFar += messages;
            await WaitForExportAsync(cancellationToken);
            return (bodies, gateway, clock.Elapsed, signing, enqueueing, retries);
        }
        finally
        {
            _sender.Dispatcher.Reported -= Observe;
        }
    }

    private async Task<(List<ReadOnlyMemory<byte>> Bodies, TimeSpan Signing, TimeSpan Enqueueing)> ProduceAsync(string series, int messages, CancellationToken cancellationToken)
    {
        var bodies = new List<ReadOnlyMemory<byte>>(messages);
        var signing = new Stopwatch();
        var enqueueing = new Stopwatch();
        for (var first = 0; first < messages; first += ProducerBatch)
        {
            signing.Start();
            var batch = new List<OutgoingMessage>(ProducerBatch);
            for (var i = first; i < Math.Min(messages, first + ProducerBatch); i++) batch.Add(_requests.Create(series, i));
            signing.Stop();
            enqueueing.Start();
            await _sender.Store.EnqueueAsync(batch, cancellationToken);
            enqueueing.Stop();
            _sender.Dispatcher.Wake();
            bodies.AddRange(batch.Select(m => m.SignedEnvelope));
        }
        return (bodies, signing.Elapsed, enqueueing.Elapsed);
    }

    /// <summary>Waits until the receiver has written the national file of every message delivered so far.</summary>
    private async Task WaitForExportAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (Directory.EnumerateFiles(_receiverExport, "fortuny_*.xml").Count() < _deliveredSoFar)
        {
            if (deadline.Elapsed > RoundDeadline) throw new TimeoutException($"the receiver did not write {_deliveredSoFar} national files within {RoundDeadline}.");
            await Task.Delay(20, cancellationToken);
        }
    }

    private async Task<TimeSpan> PlainAsync(List<ReadOnlyMemory<byte>> bodies, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = _concurrency, CancellationToken = cancellationToken }, async (body, token) =>
        {
            using var content = new ReadOnlyMemoryContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue(PartnerProtocol.MediaType);
            using var response = await _http.PostAsync(_sink, content, token);
            response.EnsureSuccessStatusCode();
        });
        return clock.Elapsed;
    }
}
