namespace CooperJus.Gateway.IntegrationTests.Crash;

/// <summary>A gateway's outbox as its health endpoint reports it.</summary>
/// <param name="Pending">Messages queued, being sent or waiting for a retry.</param>
/// <param name="DeadLettered">Messages given up on.</param>
internal sealed record QueueState(int Pending, int DeadLettered);
