using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.CL.Reading;

/// <summary>
/// Streams a SAF export with the SDK's <see cref="XmlRecordReader"/> (encoding, DOCTYPE refusal, root and namespace,
/// one record at a time with its exact text, depth limit) and adds what is SAF's own: the root's <c>version</c>.
/// </summary>
internal sealed class SafDocument : IDisposable
{
    private readonly string _rootName;
    private readonly XmlRecordReader _reader;
    private readonly List<Problem> _problems = [];

    /// <summary>
    /// A document whose root is <paramref name="rootName"/> holding records <paramref name="recordName"/>: a request
    /// export (<c>ExportacionSAF</c>/<c>Solicitud</c>) or a response file (<c>RespuestasSAF</c>/<c>Respuesta</c>).
    /// </summary>
    public SafDocument(string file, Stream stream, string rootName, string recordName)
    {
        _rootName = rootName;
        _reader = new XmlRecordReader(file, stream, new XmlRecordReaderOptions
        {
            FormatName = "SAF",
            FormatDescription = "the SAF cooperation export version 1",
            Namespace = SafSchema.Namespace.NamespaceName,
            RootName = rootName,
            RecordName = recordName,
            RootAttributes = ["version"],
            // Solicitud/Interviniente/Domicilio/Calle.
            FormatDepth = 4,
        });
    }

    /// <summary>The problems met since the last call: file errors and file-level warnings.</summary>
    public IReadOnlyList<Problem> TakeProblems()
    {
        var problems = _reader.TakeProblems().Concat(_problems).ToList();
        _problems.Clear();
        return problems;
    }

    /// <summary>Decides the encoding and reads the root element; false when the file cannot be read as a SAF file.</summary>
    public bool Open()
    {
        if (_reader.Open() is not { } root) return false;
        var version = root.Attribute("version").Value;
        if (version?.Trim() is not ("1" or ['1', '.', ..]))
            _problems.Add(Problem.Warning("saf.version", $"{_rootName}/@version is '{version}': this adapter reads version 1 of the format.", root.Location with { Field = "@version", Value = version }));
        return true;
    }

    /// <summary>The next complete record, or null at the end of the file or after a file error.</summary>
    public XmlRecord? Next() => _reader.Next();

    public void Dispose() => _reader.Dispose();
}
