namespace CooperJus.Gateway.Core.Audit;

/// <summary>One line of the checkpoint file: a checkpoint whose signature verified, or why it did not.</summary>
/// <param name="LineNumber">Its line in the file, from 1.</param>
/// <param name="Checkpoint">The checkpoint, or null when the line is not a valid signed checkpoint.</param>
/// <param name="Problem">Why the line is not valid, or null.</param>
public sealed record AuditCheckpointLine(int LineNumber, AuditCheckpoint? Checkpoint, string? Problem);
