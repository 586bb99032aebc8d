namespace CooperJus.Gateway.Core.Storage;

/// <summary>A stored delivery attempt.</summary>
/// <param name="Number">1 for the first attempt of the message ever; never reset, not even by a replay.</param>
/// <param name="StartedAt">When the POST started.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="HttpStatus">The HTTP status, or null.</param>
/// <param name="Error">The error, or null.</param>
public sealed record AttemptRecord(int Number, DateTimeOffset StartedAt, AttemptOutcome Outcome, int? HttpStatus, string? Error);
