using System.Diagnostics;

namespace CooperJus.Gateway.Core.Telemetry;

/// <summary>
/// The gateway's trace source and the names of its spans. One request is followed from the intake file that carried it
/// (<see cref="IntakeFile"/>) through its sealing (<see cref="SealRequest"/>), each delivery from the outbox
/// (<see cref="Deliver"/>, parented on the trace context stored with the message, so a delivery after a restart still
/// joins the trace), each HTTP attempt (<see cref="SendAttempt"/>, a client span whose W3C <c>traceparent</c> the
/// partner receives) to the partner's receipt; a receiving gateway continues the trace (<see cref="Receive"/>).
/// </summary>
public static class GatewayTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and of the meter (<see cref="GatewayMetrics.MeterName"/>).</summary>
    public const string SourceName = "CooperJus.Gateway";

    /// <summary>A file claimed from the intake and translated.</summary>
    public const string IntakeFile = "intake file";

    /// <summary>One request sealed into a signed envelope and queued in the outbox.</summary>
    public const string SealRequest = "seal request";

    /// <summary>One message taken from the outbox and delivered (all its attempts, until a receipt, a retry or a dead letter).</summary>
    public const string Deliver = "deliver message";

    /// <summary>One HTTP POST of an envelope to a partner (client span).</summary>
    public const string SendAttempt = "POST partner message";

    /// <summary>An envelope received from a partner: verified, validated, stored and receipted.</summary>
    public const string Receive = "receive message";

    /// <summary>The gateway's spans; started only when something listens (a tracer provider), so costless otherwise.</summary>
    public static ActivitySource Source { get; } = new(SourceName);

    /// <summary>
    /// The parent of a delivery: the context a message was sealed in (W3C <c>traceparent</c> as stored), or none when
    /// the message has none or it does not parse (a delivery is never refused over its trace context).
    /// </summary>
    public static ActivityContext ParentOf(string? traceParent) =>
        traceParent is not null && ActivityContext.TryParse(traceParent, null, isRemote: true, out var context) ? context : default;
}
