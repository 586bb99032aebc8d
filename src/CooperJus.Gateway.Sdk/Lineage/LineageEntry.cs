using System.Diagnostics.CodeAnalysis;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Sdk.Lineage;

/// <summary>One canonical field and the source field(s) that produced it, with the conversion applied.</summary>
public sealed record LineageEntry
{
    // Most entries have one source. The recorder keeps it here and makes its one-element array only when Sources is
    // first read, which the lineage writer does on its own thread: the adapter thread, the pipeline's bottleneck,
    // allocates one object less per entry.
    private readonly SourceLocation? _single;
    private IReadOnlyList<SourceLocation>? _sources;

    /// <summary>Creates an empty entry, for object initialisers.</summary>
    public LineageEntry()
    {
    }

    /// <summary>An entry with the single source <paramref name="source"/>.</summary>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // Sources is never null: its getter makes the array from _single.
    internal LineageEntry(string canonicalPath, string conversion, SourceLocation source)
#pragma warning restore CS8618
    {
        CanonicalPath = canonicalPath;
        Conversion = conversion;
        _single = source;
    }

    // A copy (with { ... }) shares the original's list, as the generated copy would: copies compare equal.
    private LineageEntry(LineageEntry original)
    {
        CanonicalPath = original.CanonicalPath;
        Conversion = original.Conversion;
        _sources = original.Sources;
    }

    /// <summary>The canonical field as a JSON pointer, for example <c>/persons/0/birthDate</c>.</summary>
    public required string CanonicalPath { get; init; }

    /// <summary>The source fields read, each with the value as written.</summary>
    public required IReadOnlyList<SourceLocation> Sources
    {
        get => _sources ?? SingleSourceArray();
        init => _sources = value;
    }

    /// <summary>The conversion applied, by name (<c>copy</c>, <c>day-first-date</c>, <c>code-list:offences</c>).</summary>
    public required string Conversion { get; init; }

    /// <summary>Same path, conversion and list of sources (the same list object, as for any record holding a list).</summary>
    public bool Equals(LineageEntry? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(CanonicalPath, other.CanonicalPath, StringComparison.Ordinal)
            && string.Equals(Conversion, other.Conversion, StringComparison.Ordinal)
            && EqualityComparer<IReadOnlyList<SourceLocation>>.Default.Equals(Sources, other.Sources));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CanonicalPath, Sources, Conversion);

    private IReadOnlyList<SourceLocation> SingleSourceArray()
    {
        // Two threads may read Sources at once: both must get the same array.
        var array = _single is null ? [] : new[] { _single };
        return Interlocked.CompareExchange(ref _sources, array, null) ?? array;
    }
}
