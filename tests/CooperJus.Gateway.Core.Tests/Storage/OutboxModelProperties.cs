using CooperJus.Gateway.Core.Storage;
using CsCheck;

namespace CooperJus.Gateway.Core.Tests.Storage;

/// <summary>
/// Model-based property: for ANY interleaving of enqueue, lease (by two "processes"), deliver, retry, dead letter,
/// release, replay, retry-now, crash recovery and the passing of time, the outbox behaves as a simple model says. Hence
/// no message is ever lost, none is delivered twice, and none is held by two valid leases at once.
/// </summary>
public sealed class OutboxModelProperties
{
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(2);

    [Test]
    public async Task Any_interleaving_of_outbox_operations_loses_nothing_and_delivers_nothing_twice()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await using var second = await harness.OpenAnotherAsync();
        var stores = new IGatewayStore[] { harness.Store, second };

        await OperationSequences.SampleAsync(
            ops => new ModelRun(stores, harness.Clock, Guid.NewGuid().ToString("N")[..8]).RunAsync(ops),
            iter: 120, threads: 1, print: ops => string.Join(" ", ops));
    }

    private static Gen<Operation[]> OperationSequences { get; } =
        Gen.Select(Gen.Enum<OperationKind>(), Gen.Int[0, 30], Gen.Int[0, 200], (kind, a, b) => new Operation(kind, a, b)).Array[1, 40];

    private enum OperationKind { Enqueue, Lease, Deliver, Retry, DeadLetter, Release, RecordAttempt, Advance, Replay, RetryNow, Restart }

    private sealed record Operation(OperationKind Kind, int A, int B)
    {
        public override string ToString() => $"{Kind}({A},{B})";
    }

    /// <summary>What the model believes about one message.</summary>
    private sealed class ModelMessage(long order, string partner, DateTimeOffset due)
    {
        public long Order { get; } = order;
        public string Partner { get; } = partner;
        public OutboxState State { get; set; } = OutboxState.Queued;
        public DateTimeOffset Due { get; set; } = due;
        public string? Owner { get; set; }
        public long Token { get; set; }
        public int Attempts { get; set; }
        public int Deliveries { get; set; }
    }

    private sealed class ModelRun(IGatewayStore[] stores, Microsoft.Extensions.Time.Testing.FakeTimeProvider clock, string prefix)
    {
        private readonly Dictionary<string, ModelMessage> _messages = [];
        private readonly List<OutboxLease> _held = [];
        private long _order;

        private string[] Partners => [prefix + "-es", prefix + "-pt"];

        private string[] Owners => [prefix + "-process-a", prefix + "-process-b"];

        public async Task RunAsync(Operation[] operations)
        {
            foreach (var operation in operations)
            {
                await ApplyAsync(operation);
                await CheckStoreMatchesModelAsync(operation);
            }
        }

        private Task ApplyAsync(Operation op) => op.Kind switch
        {
            OperationKind.Enqueue => EnqueueAsync($"{prefix}-m{op.A % 8}", Partners[op.B % 2]),
            OperationKind.Lease => LeaseAsync(stores[op.B % 2], Owners[op.B % 2], Partners[op.A % 2], 1 + op.A % 3),
            OperationKind.Advance => Advance(TimeSpan.FromSeconds(op.B)),
            OperationKind.Replay => ReplayAsync($"{prefix}-m{op.A % 8}"),
            OperationKind.RetryNow => RetryNowAsync($"{prefix}-m{op.A % 8}"),
            OperationKind.Restart => RestartAsync(stores[op.B % 2], Owners[op.B % 2]),
            _ => CompleteAsync(op),
        };

        private async Task EnqueueAsync(string id, string partner)
        {
            var result = await stores[0].EnqueueAsync([StoreHarness.Message(id, partner)], CancellationToken.None);
            var isNew = !_messages.ContainsKey(id);
            Require(result.Enqueued == (isNew ? 1 : 0), $"enqueue of {id}: store enqueued {result.Enqueued}, model new={isNew}");
            if (isNew) _messages[id] = new ModelMessage(_order++, partner, clock.GetUtcNow());
        }

        private async Task LeaseAsync(IGatewayStore store, string owner, string partner, int max)
        {
            var now = clock.GetUtcNow();
            var expected = _messages.Where(m => m.Value.Partner == partner && m.Value.State is OutboxState.Queued or OutboxState.RetryWaiting or OutboxState.Sending && m.Value.Due <= now)
                .OrderBy(m => m.Value.Due).ThenBy(m => m.Value.Order).Take(max).Select(m => m.Key).ToHashSet();
            var leased = await store.LeaseDueAsync(partner, owner, max, CancellationToken.None);
            Require(expected.SetEquals(leased.Select(m => m.MessageId)),
                $"lease by {owner}: store gave [{string.Join(",", leased.Select(m => m.MessageId))}], model expected [{string.Join(",", expected)}]");
            foreach (var message in leased)
            {
                var model = _messages[message.MessageId];
                Require(message.Attempts == model.Attempts, $"{message.MessageId}: attempts {message.Attempts} != {model.Attempts}");
                (model.State, model.Owner, model.Token, model.Due) = (OutboxState.Sending, owner, model.Token + 1, now + LeaseDuration);
                Require(message.Lease.Token == model.Token, $"{message.MessageId}: token {message.Lease.Token} != {model.Token}");
                _held.Add(message.Lease);
            }
        }

        private async Task CompleteAsync(Operation op)
        {
            if (_held.Count == 0) return;
            var lease = _held[op.A % _held.Count];
            var model = _messages[lease.MessageId];
            var valid = model.State == OutboxState.Sending && model.Owner == lease.Owner && model.Token == lease.Token;
            var store = stores[op.B % 2];
            var now = clock.GetUtcNow();
            var attempt = new DeliveryAttempt(now, AttemptOutcome.HttpError, 503);
            var done = op.Kind switch
            {
                OperationKind.Deliver => await store.MarkDeliveredAsync(lease, attempt with { Outcome = AttemptOutcome.Accepted, HttpStatus = 200 }, StoreHarness.Bytes("receipt"), CancellationToken.None),
                OperationKind.Retry => await store.ScheduleRetryAsync(lease, attempt, now.AddSeconds(op.B % 90), CancellationToken.None),
                OperationKind.DeadLetter => await store.DeadLetterAsync(lease, attempt, "rejected", CancellationToken.None),
                OperationKind.Release => await store.ReleaseLeaseAsync(lease, CancellationToken.None),
                _ => await store.RecordAttemptAsync(lease, attempt, CancellationToken.None),
            };
            Require(done == valid, $"{op.Kind} of {lease.MessageId} token {lease.Token} by {lease.Owner}: store said {done}, model {valid}");
            if (valid) ApplyCompletion(op, model, now);
        }

        private static void ApplyCompletion(Operation op, ModelMessage model, DateTimeOffset now)
        {
            switch (op.Kind)
            {
                case OperationKind.Deliver:
                    (model.State, model.Owner, model.Attempts) = (OutboxState.Delivered, null, model.Attempts + 1);
                    model.Deliveries++;
                    break;
                case OperationKind.Retry:
                    (model.State, model.Owner, model.Attempts, model.Due) = (OutboxState.RetryWaiting, null, model.Attempts + 1, now.AddSeconds(op.B % 90));
                    break;
                case OperationKind.DeadLetter:
                    (model.State, model.Owner, model.Attempts) = (OutboxState.DeadLettered, null, model.Attempts + 1);
                    break;
                case OperationKind.Release:
                    Release(model, now);
                    break;
                default:
                    model.Attempts++;
                    break;
            }
        }

        private static void Release(ModelMessage model, DateTimeOffset now) =>
            (model.State, model.Owner, model.Due) = (model.Attempts == 0 ? OutboxState.Queued : OutboxState.RetryWaiting, null, now);

        private Task Advance(TimeSpan by)
        {
            clock.Advance(by);
            return Task.CompletedTask;
        }

        private async Task ReplayAsync(string id)
        {
            var result = await stores[1].ReplayDeadLetterAsync(id, "operator-test", CancellationToken.None);
            var model = _messages.GetValueOrDefault(id);
            Require(result.StateBefore == model?.State, $"replay {id}: state before {result.StateBefore}, model {model?.State}");
            Require(result.Allowed == (model?.State == OutboxState.DeadLettered), $"replay {id}: allowed {result.Allowed}");
            if (result.Allowed) (model!.State, model.Attempts, model.Due) = (OutboxState.Queued, 0, clock.GetUtcNow());
        }

        private async Task RetryNowAsync(string id)
        {
            var result = await stores[0].RetryNowAsync(id, "operator-test", CancellationToken.None);
            var model = _messages.GetValueOrDefault(id);
            Require(result.Allowed == (model?.State is OutboxState.Queued or OutboxState.RetryWaiting), $"retry now {id}: allowed {result.Allowed}");
            if (result.Allowed && model!.Due > clock.GetUtcNow()) model.Due = clock.GetUtcNow();
        }

        /// <summary>The process of <paramref name="owner"/> crashed and restarts: it releases what it held.</summary>
        private async Task RestartAsync(IGatewayStore store, string owner)
        {
            var released = await store.ReleaseLeasesOfOwnerAsync(owner, CancellationToken.None);
            var mine = _messages.Values.Where(m => m.State == OutboxState.Sending && m.Owner == owner).ToList();
            Require(released == mine.Count, $"restart of {owner}: released {released}, model holds {mine.Count}");
            foreach (var model in mine) Release(model, clock.GetUtcNow());
        }

        private async Task CheckStoreMatchesModelAsync(Operation after)
        {
            foreach (var (id, model) in _messages)
            {
                Require(model.Deliveries <= 1, $"{id} delivered {model.Deliveries} times");
                var entry = (await stores[1].GetOutboxMessageAsync(id, CancellationToken.None))?.Entry;
                Require(entry is not null, $"after {after}: {id} is lost");
                Require(entry!.State == model.State && entry.Attempts == model.Attempts && entry.LeaseOwner == model.Owner,
                    $"after {after}: {id} is {entry.State}/{entry.Attempts}/{entry.LeaseOwner}, model {model.State}/{model.Attempts}/{model.Owner}");
            }
            var validLeases = _held.Count(l => _messages[l.MessageId] is { State: OutboxState.Sending } m && m.Owner == l.Owner && m.Token == l.Token);
            Require(validLeases == _messages.Values.Count(m => m.State == OutboxState.Sending), "one valid lease per message in flight, never two");
        }

        private static void Require(bool condition, string message)
        {
            if (!condition) throw new InvalidOperationException(message);
        }
    }
}
