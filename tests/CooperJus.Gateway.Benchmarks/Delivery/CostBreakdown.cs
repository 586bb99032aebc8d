using System.Diagnostics;
using System.Security.Cryptography;
using CooperJus.Gateway.Benchmarks.Reporting;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Hosting;
using CooperJus.Gateway.Sdk;
using Microsoft.Extensions.Configuration;

namespace CooperJus.Gateway.Benchmarks.Delivery;

/// <summary>
/// Where the time of one delivery goes: each step of the path, done alone, one message at a time, on the same
/// components a gateway is composed of (<c>GatewayServices</c> built from the benchmark's configuration, fresh
/// stores). Profiling, not a target: the steps that are pure CPU add up to what the two cores must spend per message;
/// the store steps show the latency of a durable commit that concurrent deliveries share (group commit).
/// </summary>
internal static class CostBreakdown
{
    private const string Owner = "pe-costs";

    public static async Task<IReadOnlyList<(string Step, TimeSpan PerMessage)>> MeasureAsync(string work, string adapters, string expectedFolder, int messages, CancellationToken cancellationToken)
    {
        Progress.Say($"where the time goes: each step alone over {messages} messages");
        var root = Directory.CreateDirectory(Path.Combine(work, "costs")).FullName;
        using var spain = LocalGateway.Create(root, "es", "ES", "ES", "bench");
        using var peru = LocalGateway.Create(root, "pe", "PE", "PE", "bench");
        await using var receiver = await GatewayServices.CreateAsync(Configuration(spain.Settings(peru, adapters)), TimeProvider.System, cancellationToken);
        await using var sender = await GatewayServices.CreateAsync(Configuration(peru.Settings(spain, adapters)), TimeProvider.System, cancellationToken);
        var requests = SignedRequests.Load(expectedFolder, peru.Key, peru.Id, spain.Id, spain.Country);
        await RunAsync(new Steps(50), requests, sender, receiver, spain.Id, cancellationToken); // warm-up: every path jitted before the clock runs
        var steps = new Steps(messages);
        await RunAsync(steps, requests, sender, receiver, spain.Id, cancellationToken);
        return steps.Results;
    }

    private static async Task RunAsync(Steps steps, SignedRequests requests, GatewayServices sender, GatewayServices receiver, string partnerId, CancellationToken cancellationToken)
    {
        var clock = TimeProvider.System;
        var series = Guid.NewGuid().ToString("N")[..8];
        var outgoing = steps.Time("sender: seal (canonical JSON of the request, envelope, ES256 signature)", () =>
            Enumerable.Range(0, steps.Messages).Select(i => requests.Create(series, i)).ToList());
        await steps.TimeEachAsync("sender: EnqueueAsync, one message per durable commit", outgoing, m => sender.Store.EnqueueAsync([m], cancellationToken));

        var verifier = new EnvelopeVerifier(receiver.Partners, receiver.Messaging, clock);
        var verified = await steps.TimeEachAsync("receiver: verify the envelope (JWS ES256, directory, checks)", outgoing, m => verifier.VerifyAsync(m.SignedEnvelope));
        var validator = new RequestValidator(NJsonSchemaValidator.ForEmbedded(CanonicalSchemas.CooperationRequestV2), clock);
        var payloads = verified.Select(v => v.Envelope!.Payload.GetRawText()).ToList();
        steps.Time("receiver: validate the payload (JSON Schema with NJsonSchema, then the rules)", () => payloads.Select(p => validator.ValidateJson(p)).ToList());
        steps.Time("receiver: read the payload as a CooperationRequest (business state)", () => payloads.Select(CanonicalJson.Deserialize).ToList());
        var signer = new ReceiptSigner(receiver.Key, receiver.Messaging.GatewayId);
        steps.Time("receiver: sign the receipt (ES256)", () => verified.Select(signer.Accept).ToList());
        var answers = await steps.TimeEachAsync("receiver: InboundProcessor.ReceiveAsync whole, one at a time (all of the above + 2 commits)", outgoing,
            m => receiver.Inbound.ReceiveAsync(m.SignedEnvelope, cancellationToken));

        var receipts = new ReceiptVerifier(sender.Partners, sender.Messaging, clock);
        var sent = outgoing.Zip(answers, (m, a) => (Receipt: a.Receipt, Sent: new SentEnvelope(m.MessageId, partnerId, Convert.ToHexStringLower(SHA256.HashData(m.SignedEnvelope.Span))))).ToList();
        await steps.TimeEachAsync("sender: verify the receipt (JWS ES256, matches what was sent)", sent, s => receipts.VerifyAsync(s.Receipt, s.Sent));
        var receiptOf = outgoing.Zip(answers).ToDictionary(pair => pair.First.MessageId, pair => pair.Second.Receipt, StringComparer.Ordinal);
        await steps.TimeAsync("sender: LeaseDueAsync (batches of 64) + MarkDeliveredAsync one at a time", async () =>
        {
            for (IReadOnlyList<LeasedMessage> batch; (batch = await sender.Store.LeaseDueAsync(partnerId, Owner, 64, cancellationToken)).Count > 0;)
                foreach (var message in batch)
                    await sender.Store.MarkDeliveredAsync(message.Lease, new DeliveryAttempt(clock.GetUtcNow(), AttemptOutcome.Accepted, 200), receiptOf[message.MessageId], cancellationToken);
            return true;
        });
        await steps.TimeAsync("receiver: export (ES adapter renders Fortuny XML, write + fsync + rename, MarkExportedAsync)", () => receiver.Exporter.ExportPendingAsync(cancellationToken));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    /// <summary>The timed steps of one pass, each as time per message.</summary>
    private sealed class Steps(int messages)
    {
        private readonly List<(string, TimeSpan)> _results = [];

        public int Messages => messages;

        public IReadOnlyList<(string Step, TimeSpan PerMessage)> Results => _results;

        public T Time<T>(string step, Func<T> work)
        {
            var clock = Stopwatch.StartNew();
            var result = work();
            _results.Add((step, clock.Elapsed / messages));
            return result;
        }

        public async Task<T> TimeAsync<T>(string step, Func<Task<T>> work)
        {
            var clock = Stopwatch.StartNew();
            var result = await work();
            _results.Add((step, clock.Elapsed / messages));
            return result;
        }

        public async Task<List<TResult>> TimeEachAsync<TItem, TResult>(string step, IEnumerable<TItem> items, Func<TItem, Task<TResult>> work)
        {
            var clock = Stopwatch.StartNew();
            var results = new List<TResult>();
            foreach (var item in items) results.Add(await work(item));
            _results.Add((step, clock.Elapsed / messages));
            return results;
        }
    }
}
