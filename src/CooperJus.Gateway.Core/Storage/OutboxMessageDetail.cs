namespace CooperJus.Gateway.Core.Storage;

/// <summary>Everything <c>cooperjus outbox show</c> prints about one message.</summary>
/// <param name="Entry">Its list line.</param>
/// <param name="SignedEnvelope">The exact bytes sent on every attempt; empty once retention removed them (their hash stays
/// in the audit log).</param>
/// <param name="Receipt">The partner's signed receipt, once delivered; otherwise null.</param>
/// <param name="IntakeFileName">The intake file it came from, or null.</param>
/// <param name="History">Every attempt ever made, oldest first.</param>
public sealed record OutboxMessageDetail(
    OutboxEntry Entry,
    ReadOnlyMemory<byte> SignedEnvelope,
    ReadOnlyMemory<byte>? Receipt,
    string? IntakeFileName,
    IReadOnlyList<AttemptRecord> History);
