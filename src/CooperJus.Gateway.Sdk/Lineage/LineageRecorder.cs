using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Sdk.Lineage;

/// <summary>
/// Collects, for one record, which source field produced which canonical field. Adapters call <see cref="Record(string, string, SourceLocation[])"/>
/// once per canonical field they fill; <see cref="RecordScope"/> does it for them when its helpers are used.
/// </summary>
public sealed class LineageRecorder
{
    // Records of one format have about as many entries as the previous one (~116 for a BR pedido): starting at the last
    // count spares the list its doubling steps. A plain field: a stale or torn hint only costs a resize.
    private const int MaxCapacityHint = 1024;
    private static int s_capacityHint;

    private List<LineageEntry> _entries = new(s_capacityHint);

    // True once the list was handed to a result by TakeSnapshot: the next change copies it first, so the result
    // never sees later entries.
    private bool _handedOver;

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
        Add(new LineageEntry { CanonicalPath = canonicalPath, Conversion = conversion, Sources = sources.Length == 0 ? [] : (SourceLocation[])sources.Clone() });
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
        Add(new LineageEntry(canonicalPath, conversion, source));
    }

    /// <summary>
    /// The entries as a read-only list that later records do not change: the recorder's own list, handed over without
    /// a copy (a record's lineage is usually complete when its result is built); a later record copies it first.
    /// </summary>
    internal IReadOnlyList<LineageEntry> TakeSnapshot()
    {
        if (_entries.Count == 0) return [];
        _handedOver = true;
        // A quarter more than this record had: records of one format differ by a few parties, and a list started at exactly
        // the previous count doubled (a second, larger array) for every record a little longer than the one before it.
        s_capacityHint = Math.Min(_entries.Count + (_entries.Count / 4), MaxCapacityHint);
        return _entries.AsReadOnly();
    }

    private void Add(LineageEntry entry)
    {
        if (_handedOver)
        {
            _entries = new List<LineageEntry>(_entries);
            _handedOver = false;
        }
        _entries.Add(entry);
    }
}
