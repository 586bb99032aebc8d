namespace CooperJus.Gateway.Core.Storage;

/// <summary>A claimed intake file as the store records it: what was dropped, not where it lies now.</summary>
/// <param name="Name">The file name as dropped (no folder), for operators and reports.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Sha256">SHA-256 of the content, 64 lowercase hexadecimal digits: the identity of the content.</param>
/// <param name="Report">Readable report (rejected records of a partly good file, or why the file failed), or null.</param>
/// <param name="Audit">Audit events of the file beyond its claim (the records it rejected), recorded after the
/// <c>file.claimed</c> event the store writes itself, in the same transaction.</param>
/// <param name="Held">Valid requests of the file that no partner serves yet, kept as held in the same transaction.</param>
public sealed record IntakeFile(string Name, long Size, string Sha256, string? Report = null, IReadOnlyList<CooperJus.Gateway.Core.Audit.AuditEntry>? Audit = null,
    IReadOnlyList<HeldRequest>? Held = null);
