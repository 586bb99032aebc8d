namespace CooperJus.Gateway.Core.Storage;

/// <summary>An inbox message as stored, for the export step.</summary>
/// <param name="Sequence">Order of arrival; page with it.</param>
/// <param name="Message">The message.</param>
/// <param name="Receipt">The signed receipt this gateway answered with.</param>
/// <param name="StoredAt">When the store committed it (the receipt was sent after this).</param>
/// <param name="ExportedAt">When it was written to the national system, or null while it has not been.</param>
/// <param name="ExportedTo">Where it was written (file name, webhook), or null.</param>
public sealed record StoredInboundMessage(
    long Sequence,
    InboundMessage Message,
    ReadOnlyMemory<byte> Receipt,
    DateTimeOffset StoredAt,
    DateTimeOffset? ExportedAt,
    string? ExportedTo);
