using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.ES.Reading;

/// <summary>
/// Streams a Fortuny export with the SDK's <see cref="XmlRecordReader"/> (encoding, DOCTYPE refusal, root and
/// namespace, one record at a time with its exact text, depth limit) and adds what is Fortuny's own: the root's
/// <c>version</c> and <c>generada</c>.
/// </summary>
internal sealed class FortunyDocument : IDisposable
{
    private const string RequestRoot = "Exportacion";
    private const string RequestRecord = "Solicitud";

    private readonly string _rootName;
    private readonly XmlRecordReader _reader;
    private readonly List<Problem> _problems = [];

    /// <summary>
    /// A document whose root is <paramref name="rootName"/> holding records <paramref name="recordName"/>: a request
    /// export (<c>Exportacion</c>/<c>Solicitud</c>) unless told otherwise, or a response file (<c>Respuestas</c>/<c>Respuesta</c>).
    /// </summary>
    public FortunyDocument(string file, Stream stream, string rootName = RequestRoot, string recordName = RequestRecord)
    {
        _rootName = rootName;
        _reader = new XmlRecordReader(file, stream, new XmlRecordReaderOptions
        {
            FormatName = "Fortuny",
            FormatDescription = "a Fortuny cooperation export version 3",
            Namespace = FortunySchema.Namespace.NamespaceName,
            RootName = rootName,
            RecordName = recordName,
            RootAttributes = ["version", "generada"],
            // Solicitud/Interviniente/Domicilio.
            FormatDepth = 3,
        });
    }

    /// <summary>The problems met since the last call: file errors and file-level warnings.</summary>
    public IReadOnlyList<Problem> TakeProblems()
    {
        var problems = _reader.TakeProblems().Concat(_problems).ToList();
        _problems.Clear();
        return problems;
    }

    /// <summary>Decides the encoding and reads the root element; null when the file cannot be read as a Fortuny export.</summary>
    public ExportHeader? Open()
    {
        if (_reader.Open() is not { } root) return null;
        var version = root.Attribute("version").Value;
        if (version?.Trim() is not ("3" or ['3', '.', ..]))
            _problems.Add(Problem.Warning("fortuny.version", $"{_rootName}/@version is '{version}': this adapter reads version 3 of the format.", root.Location with { Field = "@version", Value = version }));
        return Header(root.Attribute("generada"));
    }

    /// <summary>The next complete record, or null at the end of the file or after a file error.</summary>
    public XmlRecord? Next() => _reader.Next();

    public void Dispose() => _reader.Dispose();

    private ExportHeader Header(SourceLocation generada)
    {
        if (generada.Value is null)
            return new ExportHeader { Generada = generada, CreatedAtError = Problem.Error("required", $"{_rootName}/@generada is required: it is the creation time of every request in the file.", generada, "/createdAt") };
        return Dates.TryParseInstant(generada.Value, out var createdAt, out var error, Conversions.InstantExample)
            ? new ExportHeader { Generada = generada, CreatedAt = createdAt }
            : new ExportHeader { Generada = generada, CreatedAtError = Problem.Error("date.invalid", $"{_rootName}/@generada: {error}", generada, "/createdAt") };
    }
}
