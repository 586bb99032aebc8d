using System.Text.Json;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// One record of a JSON file as a tree of located values (<see cref="Root"/>), with its original text, and the typed
/// views of its objects (<see cref="JsonObjectView"/>), which report wrong types, duplicated properties and, at
/// <see cref="ReportUnknownProperties"/>, unknown ones into the record's <see cref="Scope"/>.
/// </summary>
/// <remarks>
/// A reader gives the same instance for each of its records: it, its values and its views are valid until the
/// reader's next call, and nothing that outlives the record may keep them (results keep strings and locations only).
/// </remarks>
public sealed class JsonRecord
{
    private readonly JsonRecordReaderOptions _options;
    private readonly JsonViewPool _views;

    internal JsonRecord(string fileName, JsonRecordReaderOptions options, JsonViewPool views)
    {
        FileName = fileName;
        _options = options;
        _views = views;
    }

    /// <summary>The file's name, as every location gives it.</summary>
    public string FileName { get; }

    /// <summary>Where the record's problems and lineage go.</summary>
    public RecordScope Scope { get; private set; } = null!;

    /// <summary>The record's pointer (<c>/pedidos/3</c>), or <c>""</c> for a JSON Lines record.</summary>
    public string Pointer => Location.Path ?? "";

    /// <summary>Where the record starts: file, pointer, line.</summary>
    public SourceLocation Location { get; private set; } = null!;

    /// <summary>The record's exact text, for quarantine and audit.</summary>
    public string OriginalText { get; private set; } = "";

    /// <summary>The record's value; null when it could not be read (nested too deep, invalid UTF-8), with its problem in <see cref="Scope"/>.</summary>
    public JsonSourceNode? Root { get; private set; }

    /// <summary>
    /// The record as an object; null when it could not be read or is not an object, which is a <c>json.type</c> error.
    /// </summary>
    public JsonObjectView? RootObject()
    {
        if (Root is null) return null;
        if (Root.Kind == JsonValueKind.Object) return Open(Root);
        Scope.Error("json.type", $"Each {_options.RecordNoun} must be an object, not {Root.KindName}.", Location with { Value = Root.Text });
        return null;
    }

    /// <summary>
    /// A source location for <paramref name="node"/>, the member (or an item of the array) <paramref name="field"/>,
    /// with its value as written: the pointer of its object and the member's name as the field, as
    /// <see cref="SourceLocation"/> describes (an XML element's path and its attribute). An array item keeps its own
    /// pointer, which holds its index. One pointer string per object, not per value.
    /// </summary>
    public SourceLocation Locate(JsonSourceNode node, string field)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new() { File = FileName, Path = node.ObjectPointer, Line = node.Line, Field = field, Value = node.Text };
    }

    /// <summary>Where member <paramref name="field"/> of <paramref name="container"/> would be: for a member that is missing.</summary>
    public SourceLocation Missing(JsonSourceNode container, string field)
    {
        ArgumentNullException.ThrowIfNull(container);
        return new() { File = FileName, Path = container.Pointer, Line = container.Line, Field = field };
    }

    /// <summary>Opens object <paramref name="node"/> for typed reading, reporting its duplicated properties.</summary>
    public JsonObjectView Open(JsonSourceNode node) => _views.Open(this, node);

    /// <summary>
    /// Warns <c>json.unknown-property</c> about every member of every object opened that nobody asked for nor declared
    /// (<see cref="JsonObjectView.Declare"/>). Call it once the record is mapped.
    /// </summary>
    public void ReportUnknownProperties()
    {
        foreach (var view in _views.Opened)
        {
            if (view.AllAsked) continue;
            foreach (var (name, value) in view.Unasked)
                Scope.Warning("json.unknown-property", $"'{name}' is not a property of {_options.LayoutName} here ({view.Pointer}); it was ignored.", Locate(value, name));
        }
    }

    /// <summary>What a record is called in messages.</summary>
    internal string RecordNoun => _options.RecordNoun;

    internal void Reset(RecordScope scope, SourceLocation location, string originalText, JsonSourceNode? root)
    {
        Scope = scope;
        Location = location;
        OriginalText = originalText;
        Root = root;
    }

    internal void Clear() => Reset(null!, null!, "", null);
}
