namespace CooperJus.Gateway.Benchmarks.Delivery;

/// <summary>The set-up of one <c>delivery</c> run, for the report's header.</summary>
/// <param name="Adapters">The folder the gateways load their adapters from.</param>
/// <param name="EnvelopeBytes">Average size of a signed envelope.</param>
/// <param name="Concurrency">Messages in flight at once, for the gateway and the plain POSTs alike.</param>
/// <param name="LoadBefore">The load average when the run started.</param>
internal sealed record DeliveryRun(string Adapters, int EnvelopeBytes, int Concurrency, string LoadBefore);
