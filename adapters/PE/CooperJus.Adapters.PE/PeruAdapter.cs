using System.Text;
using CooperJus.Adapters.PE.Reading;
using CooperJus.Adapters.PE.Rendering;
using CooperJus.Adapters.PE.Responses;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.PE;

/// <summary>
/// Peru, Ministerio Público: reads the SGF (Sistema de Gestión Fiscal) CSV export of international cooperation
/// requests and writes canonical requests back in the same format; likewise for responses, in SGF's response export
/// (<c>respuestas_*.csv</c>). The format, code lists and conventions are
/// described in <c>adapters/PE/README.md</c>.
/// </summary>
/// <remarks>
/// Setting <c>Encoding</c> (for example <c>windows-1252</c> or <c>utf-8</c>) forces the encoding of every file read;
/// without it the encoding is detected from the bytes.
/// </remarks>
public sealed class PeruAdapter : ICountryAdapter, IResponseAdapter
{
    private readonly SgfFileReader _reader;
    private readonly SgfCsvRenderer _renderer;
    private readonly SgfResponseReader _responseReader;
    private readonly SgfResponseRenderer _responseRenderer;

    /// <summary>Creates the adapter, loading and checking its code lists.</summary>
    /// <exception cref="FormatException">A code list is malformed or holds an unknown canonical code.</exception>
    /// <exception cref="ArgumentException">The <c>Encoding</c> setting names no known encoding.</exception>
    public PeruAdapter(AdapterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Descriptor = new AdapterDescriptor
        {
            Id = "PE",
            Version = typeof(PeruAdapter).Assembly.GetName().Version?.ToString(3) ?? "1.0.0",
            Country = "PE",
            DisplayName = "Ministerio Público, SGF",
            SourceFormat = "sgf-csv",
            MediaType = "text/csv",
            FilePatterns = ["solicitudes_*.csv"],
        };
        var lists = new SgfCodeLists(context.CodeLists);
        var encoding = ForcedEncoding(context.Settings);
        _reader = new SgfFileReader(new RequestMapper(lists, Descriptor, context.Clock), encoding);
        _renderer = new SgfCsvRenderer(lists);
        var responseLists = new SgfResponseCodeLists(context.CodeLists, lists);
        _responseReader = new SgfResponseReader(new ResponseMapper(responseLists), encoding);
        _responseRenderer = new SgfResponseRenderer(responseLists);
        ResponseFormat = new ResponseFormatDescriptor
        {
            SourceFormat = "sgf-respuesta-csv",
            MediaType = "text/csv",
            FilePatterns = ["respuestas_*.csv"],
        };
    }

    /// <inheritdoc />
    public AdapterDescriptor Descriptor { get; }

    /// <inheritdoc />
    public IEnumerable<RecordResult> Read(SourceFile source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return _reader.Read(source, cancellationToken);
    }

    /// <inheritdoc />
    public RenderReport Render(IReadOnlyList<CooperationRequest> requests, Stream output)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(output);
        return _renderer.Render(requests, output);
    }

    /// <inheritdoc />
    public ResponseFormatDescriptor ResponseFormat { get; }

    /// <inheritdoc />
    public IEnumerable<ResponseRecordResult> ReadResponses(SourceFile source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return _responseReader.Read(source, cancellationToken);
    }

    /// <inheritdoc />
    public RenderReport RenderResponses(IReadOnlyList<CooperationResponse> responses, Stream output)
    {
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(output);
        return _responseRenderer.Render(responses, output);
    }

    private static Encoding? ForcedEncoding(IReadOnlyDictionary<string, string> settings)
    {
        var name = settings.FirstOrDefault(s => string.Equals(s.Key, "Encoding", StringComparison.OrdinalIgnoreCase)).Value;
        if (string.IsNullOrWhiteSpace(name)) return null;
        try
        {
            return SourceEncoding.Resolve(name);
        }
        catch (ArgumentException exception)
        {
            throw new ArgumentException($"Adapter PE: setting Encoding = '{name}' cannot be used: {exception.Message}", nameof(settings), exception);
        }
    }
}
