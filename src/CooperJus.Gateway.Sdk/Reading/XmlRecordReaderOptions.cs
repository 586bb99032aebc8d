namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// What an <see cref="XmlRecordReader"/> needs to know of a national XML export: its root, its records, its namespace,
/// and the names its messages give the format.
/// </summary>
public sealed class XmlRecordReaderOptions
{
    /// <summary>The format's short name in messages: <c>SAF</c> gives "a SAF file holds at least its root element…".</summary>
    public required string FormatName { get; init; }

    /// <summary>
    /// The format and version named when the root is in another namespace: <c>the SAF cooperation export version 1</c>
    /// gives "…: the SAF cooperation export version 1 uses 'urn:…'".
    /// </summary>
    public required string FormatDescription { get; init; }

    /// <summary>The namespace of the root and of every record (<c>urn:cl:fiscalia:saf:cooperacion:1</c>).</summary>
    public required string Namespace { get; init; }

    /// <summary>The local name of the root element (<c>ExportacionSAF</c>).</summary>
    public required string RootName { get; init; }

    /// <summary>The local name of a record, a child of the root (<c>Solicitud</c>); other children are skipped with a warning.</summary>
    public required string RecordName { get; init; }

    /// <summary>
    /// The attributes (without namespace) the root may carry, such as <c>version</c>; any other gets the warning
    /// <c>xml.unknown-element</c>. Namespace declarations and <c>xsi:</c> attributes are always allowed.
    /// </summary>
    public IReadOnlyCollection<string> RootAttributes { get; init; } = [];

    /// <summary>How many levels the format nests, a record being the first (<c>Solicitud/Interviniente/Domicilio</c>: 3); named in the <c>xml.depth</c> message.</summary>
    public required int FormatDepth { get; init; }

    /// <summary>How many levels a record may nest before it is refused whole (<c>xml.depth</c>) without being built; 16 by default.</summary>
    public int MaxRecordDepth { get; init; } = 16;
}
