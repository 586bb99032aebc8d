namespace CooperJus.Gateway.Core.Storage;

/// <summary>An intake file as stored.</summary>
/// <param name="Id">Store-assigned id, increasing in the order files were recorded.</param>
/// <param name="Name">The file name as dropped.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Sha256">SHA-256 of the content, lowercase hexadecimal.</param>
/// <param name="Outcome">Accepted (its messages are queued) or failed.</param>
/// <param name="RecordedAt">When the store recorded it.</param>
/// <param name="MessageCount">How many messages this file put into the outbox.</param>
/// <param name="Report">The report kept with the file, or null.</param>
public sealed record IntakeRecord(
    long Id, string Name, long Size, string Sha256, IntakeOutcome Outcome, DateTimeOffset RecordedAt, int MessageCount, string? Report);
