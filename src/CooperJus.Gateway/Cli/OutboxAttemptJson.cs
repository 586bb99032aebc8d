namespace CooperJus.Gateway.Cli;

/// <summary>One delivery attempt in <c>cooperjus outbox show --json</c> (docs/cli-json.md).</summary>
internal sealed record OutboxAttemptJson(int Number, DateTime StartedAt, string Outcome, int? HttpStatus, string? Error);
