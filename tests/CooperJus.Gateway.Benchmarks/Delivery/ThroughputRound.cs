namespace CooperJus.Gateway.Benchmarks.Delivery;

/// <summary>One round of (1): the same messages through the gateways, then POSTed plain.</summary>
/// <param name="Messages">Messages in the round.</param>
/// <param name="Gateway">From the first signature to the last verified receipt recorded in the sender's outbox.</param>
/// <param name="Exported">From the first signature to the last national file written by the receiver.</param>
/// <param name="Plain">The same bodies POSTed to the plain endpoint, at the dispatcher's concurrency.</param>
/// <param name="Signing">Time the producer spent signing (overlaps delivery: the dispatcher sends while it signs).</param>
/// <param name="Enqueueing">Time the producer spent in <c>EnqueueAsync</c> (durable commits).</param>
/// <param name="Retries">Retries the dispatcher scheduled (should be 0 on loopback).</param>
/// <param name="SenderCpu">CPU time the sending process used during <paramref name="Exported"/>.</param>
/// <param name="ReceiverCpu">CPU time the receiving process used during <paramref name="Exported"/>.</param>
/// <param name="PlainCpu">CPU time both processes used during <paramref name="Plain"/>.</param>
internal sealed record ThroughputRound(
    int Messages, TimeSpan Gateway, TimeSpan Exported, TimeSpan Plain, TimeSpan Signing, TimeSpan Enqueueing, int Retries,
    TimeSpan SenderCpu, TimeSpan ReceiverCpu, TimeSpan PlainCpu)
{
    public double GatewayRate => Messages / Gateway.TotalSeconds;

    public double ExportedRate => Messages / Exported.TotalSeconds;

    public double PlainRate => Messages / Plain.TotalSeconds;

    public double Ratio => GatewayRate / PlainRate;

    /// <summary>Cores the two processes kept busy on average until the last national file was written.</summary>
    public double CoresBusy => (SenderCpu + ReceiverCpu) / Exported;
}
