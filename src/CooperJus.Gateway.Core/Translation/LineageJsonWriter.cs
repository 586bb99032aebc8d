using System.Text.Json;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Lineage;

namespace CooperJus.Gateway.Core.Translation;

/// <summary>
/// Writes a lineage document as compact UTF-8 JSON straight into a byte buffer, the same bytes a
/// <see cref="Utf8JsonWriter"/> with the canonical escaping writes through <see cref="LineageDocumentJsonConverter"/>.
/// </summary>
/// <remarks>
/// A request has about a hundred entries and several hundred strings; through <see cref="Utf8JsonWriter"/> each of them
/// paid the writer's per-call checks and its escaping scan over UTF-16. Here they go straight into a
/// <see cref="Utf8JsonBuffer"/> (vectorised ASCII path, the writer itself for anything it would escape).
/// </remarks>
internal sealed class LineageJsonWriter : IBufferedJsonWriter
{
    private static ReadOnlySpan<byte> DocumentStart => "{\"requestId\":"u8;
    private static ReadOnlySpan<byte> SourceFileName => ",\"sourceFile\":"u8;
    private static ReadOnlySpan<byte> EntriesStart => ",\"entries\":["u8;
    private static ReadOnlySpan<byte> EntryStart => "{\"canonicalPath\":"u8;
    private static ReadOnlySpan<byte> SourcesStart => ",\"sources\":["u8;
    private static ReadOnlySpan<byte> ConversionName => "],\"conversion\":"u8;
    private static ReadOnlySpan<byte> FileName => "\"file\":"u8;
    private static ReadOnlySpan<byte> RowName => "\"row\":"u8;
    private static ReadOnlySpan<byte> LineName => "\"line\":"u8;
    private static ReadOnlySpan<byte> PathName => "\"path\":"u8;
    private static ReadOnlySpan<byte> FieldName => "\"field\":"u8;
    private static ReadOnlySpan<byte> ValueName => "\"value\":"u8;

    private readonly Utf8JsonBuffer _json;

    /// <summary>Creates a writer whose buffer starts at <paramref name="initialCapacity"/> bytes.</summary>
    public LineageJsonWriter(int initialCapacity) => _json = new Utf8JsonBuffer(initialCapacity);

    /// <summary>Size of the buffer, which grows with the largest lineage written.</summary>
    public int Capacity => _json.Capacity;

    /// <summary>What has been written since the last <see cref="Reset"/>.</summary>
    public ReadOnlySpan<byte> Written => _json.Written;

    /// <summary>Forgets what was written; the buffer is kept.</summary>
    public void Reset() => _json.Reset();

    /// <summary>Appends <paramref name="document"/>'s JSON.</summary>
    public void Write(LineageDocument document)
    {
        Raw(DocumentStart);
        String(document.RequestId);
        Raw(SourceFileName);
        String(document.SourceFile);
        Raw(EntriesStart);
        // By index: an IReadOnlyList's enumerator is an object per list, and there is a list of sources per entry.
        var entries = document.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0) Byte((byte)',');
            WriteEntry(entries[i], document.SourceFile);
        }
        Byte((byte)']');
        Byte((byte)'}');
    }

    private void WriteEntry(LineageEntry entry, string documentFile)
    {
        Raw(EntryStart);
        String(entry.CanonicalPath);
        Raw(SourcesStart);
        WriteSources(entry.Sources, documentFile);
        Raw(ConversionName);
        String(entry.Conversion);
        Byte((byte)'}');
    }

    private void WriteSources(IReadOnlyList<SourceLocation> sources, string documentFile)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (i > 0) Byte((byte)',');
            WriteSource(sources[i], documentFile);
        }
    }

    private void WriteSource(SourceLocation source, string documentFile)
    {
        Byte((byte)'{');
        var first = true;
        if (!string.Equals(source.File, documentFile, StringComparison.Ordinal)) Property(FileName, source.File, ref first);
        if (source.Row is { } row) Property(RowName, row, ref first);
        if (source.Line is { } line) Property(LineName, line, ref first);
        if (source.Path is { } path) Property(PathName, path, ref first);
        if (source.Field is { } field) Property(FieldName, field, ref first);
        if (source.Value is { } value) Property(ValueName, value, ref first);
        Byte((byte)'}');
    }

    private void Property(ReadOnlySpan<byte> name, string value, ref bool first)
    {
        Name(name, ref first);
        String(value);
    }

    private void Property(ReadOnlySpan<byte> name, long value, ref bool first)
    {
        Name(name, ref first);
        _json.Number(value);
    }

    private void Name(ReadOnlySpan<byte> name, ref bool first)
    {
        if (!first) Byte((byte)',');
        first = false;
        Raw(name);
    }

    private void String(string value) => _json.String(value);

    private void Byte(byte value) => _json.Byte(value);

    private void Raw(ReadOnlySpan<byte> bytes) => _json.Raw(bytes);
}
