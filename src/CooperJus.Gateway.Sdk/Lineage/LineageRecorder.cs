using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Sdk.Lineage;

/// <summary>
/// Collects, for one record, which source field produced which canonical field. Adapters call <see cref="Record(string, string, SourceLocation[])"/>
/// once per canonical field they fill; <see cref="RecordScope"/> does it for them when its helpers are used.
/// </summary>
public sealed class LineageRecorder
{
    private readonly List<LineageEntry> _entries = [];

    /// <summary>The entries recorded so far, in order.</summary>
    public IReadOnlyList<LineageEntry> Entries => _entries;

    /// <summary>Records that <paramref name="canonicalPath"/> was produced from <paramref name="sources"/> by <paramref name="conversion"/>.</summary>
    public void Record(string canonicalPath, string conversion, params SourceLocation[] sources)
    {
        ArgumentException.ThrowIfNullOrEmpty(canonicalPath);
        ArgumentException.ThrowIfNullOrEmpty(conversion);
        ArgumentNullException.ThrowIfNull(sources);
        // A copy: the params array belongs to the caller, who may reuse it for the next field. A plain array, which is
        // already a read-only list, rather than a collection expression, which would wrap it in one more object.
        _entries.Add(new LineageEntry { CanonicalPath = canonicalPath, Conversion = conversion, Sources = sources.Length == 0 ? [] : (SourceLocation[])sources.Clone() });
    }

    /// <summary>
    /// Records that <paramref name="canonicalPath"/> was produced from the single source field <paramref name="source"/>
    /// by <paramref name="conversion"/>: the common case, without a <c>params</c> array to allocate and copy.
    /// </summary>
    public void Record(string canonicalPath, string conversion, SourceLocation source)
    {
        ArgumentException.ThrowIfNullOrEmpty(canonicalPath);
        ArgumentException.ThrowIfNullOrEmpty(conversion);
        ArgumentNullException.ThrowIfNull(source);
        _entries.Add(new LineageEntry { CanonicalPath = canonicalPath, Conversion = conversion, Sources = new[] { source } });
    }

    /// <summary>
    /// The entry for <paramref name="canonicalPath"/>, or for its nearest recorded ancestor
    /// (<c>/persons/0/birthDate</c> falls back to <c>/persons/0</c>), or null.
    /// </summary>
    public static LineageEntry? FindNearest(IReadOnlyList<LineageEntry> entries, string canonicalPath)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(canonicalPath);
        for (var path = canonicalPath; ; path = path[..path.LastIndexOf('/')])
        {
            var match = entries.LastOrDefault(e => e.CanonicalPath == path);
            if (match is not null) return match;
            if (path.LastIndexOf('/') <= 0) return null;
        }
    }
}
