using CooperJus.Gateway.Core.Audit;

namespace CooperJus.Gateway.Core.Storage;

/// <summary>Checks of what callers ask the audit log to record, made before anything is queued.</summary>
internal static class AuditArguments
{
    public static void Entry(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Kind, nameof(entry));
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Actor, nameof(entry));
        if (entry.Facts.Select(f => f.Key).Distinct(StringComparer.Ordinal).Count() != entry.Facts.Count)
            throw new ArgumentException($"The facts of a {entry.Kind} event must have distinct names.", nameof(entry));
    }
}
