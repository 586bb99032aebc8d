using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>The root element of an XML export, as <see cref="XmlRecordReader.Open"/> found it: where it is and its known attributes.</summary>
public sealed class XmlRootElement
{
    private readonly IReadOnlyDictionary<string, SourceLocation> _attributes;

    internal XmlRootElement(SourceLocation location, IReadOnlyDictionary<string, SourceLocation> attributes)
    {
        Location = location;
        _attributes = attributes;
    }

    /// <summary>The root's file, path (<c>/ExportacionSAF</c>) and line.</summary>
    public SourceLocation Location { get; }

    /// <summary>
    /// The attribute <paramref name="name"/> (one of <see cref="XmlRecordReaderOptions.RootAttributes"/>) located on
    /// its own line with its value, or, when the root lacks it, the root's location with field <c>@name</c> and no value.
    /// </summary>
    /// <param name="name">The attribute's local name, without namespace.</param>
    public SourceLocation Attribute(string name) =>
        _attributes.TryGetValue(name, out var at) ? at : Location with { Field = "@" + name };
}
