namespace CooperJus.Gateway.Core.Storage;

/// <summary>One delivery attempt, as the dispatcher reports it.</summary>
/// <param name="StartedAt">When the POST started (from the dispatcher's TimeProvider).</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="HttpStatus">The HTTP status received, or null when none came.</param>
/// <param name="Error">A readable error (the rejection reasons, the exception message), or null when it went well.</param>
public sealed record DeliveryAttempt(DateTimeOffset StartedAt, AttemptOutcome Outcome, int? HttpStatus = null, string? Error = null);
