namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// How a <see cref="JsonRecordReader"/> or a <see cref="JsonLinesReader"/> reads a file: where its records are, how
/// large one may be, and the words its messages use.
/// </summary>
public sealed record JsonRecordReaderOptions
{
    /// <summary>The buffer's initial (and usual) size in bytes.</summary>
    /// <value>The default value is 65,536 (64 KiB).</value>
    public int InitialBufferBytes { get; init; } = 64 * 1024;

    /// <summary>The largest record kept in memory, in bytes; a larger one is rejected and skipped without being kept.</summary>
    /// <value>The default value is 16,777,216 (16 MiB).</value>
    public int MaxRecordBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// The deepest nesting accepted, counting the file's root value as level 1, as <see cref="System.Text.Json.JsonDocument"/> does.
    /// </summary>
    /// <value>The default value is 64.</value>
    public int MaxNestingLevel { get; init; } = 64;

    /// <summary>
    /// The property of the root object that holds the records (<c>pedidos</c>); null when the root is itself the array
    /// of records. Ignored by <see cref="JsonLinesReader"/>.
    /// </summary>
    /// <value>The default value is null: the root is the array.</value>
    public string? ArrayProperty { get; init; }

    /// <summary>
    /// What a record is called in messages (<c>pedido</c>); also names the rule of a record above
    /// <see cref="MaxRecordBytes"/>: <c>json.&lt;noun&gt;-too-large</c>.
    /// </summary>
    /// <value>The default value is <c>record</c>.</value>
    public string RecordNoun { get; init; } = "record";

    /// <summary>What the root must be, in the message given when it is not (<c>one JSON object with … and pedidos</c>).</summary>
    /// <value>The default value is null: the message says what <see cref="ArrayProperty"/> implies.</value>
    public string? RootDescription { get; init; }

    /// <summary>The layout a property must belong to, in the warning about an unknown one (<c>layout 2.1</c>).</summary>
    /// <value>The default value is <c>the layout</c>.</value>
    public string LayoutName { get; init; } = "the layout";

    /// <summary>The nesting level of a record's own value: 2 in a root array, 3 in an array property of the root object.</summary>
    internal int RecordLevel => ArrayProperty is null ? 2 : 3;

    /// <summary>What the root must be, in words.</summary>
    internal string RootWords => RootDescription ?? (ArrayProperty is null
        ? $"one JSON array of {RecordNoun} objects"
        : $"one JSON object with the array {ArrayProperty}");
}
