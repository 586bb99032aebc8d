using System.Text;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// Turns a record's bytes into its <see cref="JsonRecord"/>, reusing one tree builder, one set of object views and
/// one record from one record of the file to the next.
/// </summary>
/// <remarks>One opener per read: it is not thread-safe.</remarks>
internal sealed class JsonRecordOpener
{
    private readonly string _fileName;
    private readonly JsonRecordReaderOptions _options;
    private readonly JsonSourceTree _trees = new();
    private readonly JsonViewPool _views = new();
    private readonly JsonRecord _record;

    public JsonRecordOpener(string fileName, JsonRecordReaderOptions options)
    {
        _fileName = fileName;
        _options = options;
        _record = new JsonRecord(fileName, options, _views);
    }

    /// <summary>The tree builder, for tests of its pools.</summary>
    public JsonSourceTree Trees => _trees;

    /// <summary>The object views, for tests of their pool.</summary>
    public JsonViewPool Views => _views;

    /// <summary>The record of <paramref name="found"/>, whose value sits at nesting level <paramref name="level"/> of the file.</summary>
    public JsonRecord Open(JsonReadEvent found, RecordScope scope, int level)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(scope);
        if (found.Kind != JsonReadEventKind.Record) throw new ArgumentException($"A {found.Kind} event has no record to open.", nameof(found));
        Close();
        var location = new SourceLocation { File = _fileName, Path = found.Pointer, Line = found.Line };
        var bytes = found.Bytes.Span;
        var originalText = Encoding.UTF8.GetString(bytes);
        JsonSourceNode? root = null;
        try
        {
            root = _trees.Build(bytes, originalText, found.Pointer, found.Line, level, _options.MaxNestingLevel);
        }
        catch (JsonSourceException e)
        {
            scope.Error(e.Rule, e.Message, location with { Path = e.Pointer, Line = e.Line });
        }
        _record.Reset(scope, location, originalText, root);
        return _record;
    }

    /// <summary>Ends the current record: its views are free again and keep nothing of it.</summary>
    public void Close()
    {
        _views.CloseAll();
        _record.Clear();
    }
}
