using CooperJus.Adapters.UY.Mapping;
using CooperJus.Adapters.UY.Reading;
using CooperJus.Adapters.UY.Rendering;
using CooperJus.Adapters.UY.Responses;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.UY;

/// <summary>
/// Uruguay, Fiscalía General de la Nación: reads the SIPPAU export of international cooperation solicitudes (JSON
/// Lines) into canonical requests and writes canonical requests back in the same format; reads SIPPAU respuestas into
/// canonical responses and writes partners' responses as respuestas. <c>adapters/UY/README.md</c> describes the
/// formats, the code lists and the rules.
/// </summary>
/// <remarks>
/// <c>Reading/</c> turns a file into JSON records (one per line), <c>Mapping/</c> turns one record into a canonical
/// request with its lineage, <c>Rendering/</c> does the reverse; <c>Responses/</c> does both for respuestas.
/// </remarks>
public sealed class UruguayAdapter : ICountryAdapter, IResponseAdapter
{
    private readonly RequestMapper _mapper;
    private readonly RequestWriter _writer;
    private readonly ResponseMapper _responseMapper;
    private readonly ResponseWriter _responseWriter;

    /// <summary>Creates the adapter, loading and checking its code lists.</summary>
    /// <exception cref="FormatException">A code list is malformed or holds an unknown canonical code.</exception>
    public UruguayAdapter(AdapterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Descriptor = new AdapterDescriptor
        {
            Id = NationalDefaults.Country,
            Version = typeof(UruguayAdapter).Assembly.GetName().Version?.ToString(3) ?? "0.1.0",
            Country = NationalDefaults.Country,
            DisplayName = "Fiscalía General de la Nación, SIPPAU",
            SourceFormat = "sippau-jsonl",
            MediaType = "application/jsonl",
            FilePatterns = ["sippau_solicitudes_*.jsonl"],
        };
        ResponseFormat = new ResponseFormatDescriptor
        {
            SourceFormat = "sippau-respuestas-jsonl",
            MediaType = "application/jsonl",
            FilePatterns = ["sippau_respuestas_*.jsonl"],
        };
        var lists = new NationalCodeLists(context.CodeLists);
        _mapper = new RequestMapper(lists, Descriptor);
        _writer = new RequestWriter(lists);
        _responseMapper = new ResponseMapper(lists);
        _responseWriter = new ResponseWriter(lists);
    }

    /// <inheritdoc />
    public AdapterDescriptor Descriptor { get; }

    /// <inheritdoc />
    public ResponseFormatDescriptor ResponseFormat { get; }

    /// <inheritdoc />
    public IEnumerable<RecordResult> Read(SourceFile source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return RecordReader.Read(source, "solicitud", record => _mapper.Map(record, source.Name),
            (problem, id, text) => id is null ? RecordResult.FileProblem(problem) : new RecordResult { RecordId = id, Problems = [problem], Location = problem.Source, OriginalText = text },
            cancellationToken);
    }

    /// <inheritdoc />
    public RenderReport Render(IReadOnlyList<CooperationRequest> requests, Stream output)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(output);
        var warnings = new List<Gateway.Sdk.Diagnostics.Problem>();
        for (var i = 0; i < requests.Count; i++)
        {
            var scope = new RenderScope(requests[i], i, RequestCarriedPaths.FormatName, RequestCarriedPaths.Carried);
            _writer.Write(requests[i], scope, output);
            warnings.AddRange(scope.Complete());
        }
        return new RenderReport { RequestsWritten = requests.Count, Warnings = warnings };
    }

    /// <inheritdoc />
    public IEnumerable<ResponseRecordResult> ReadResponses(SourceFile source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return RecordReader.Read(source, "respuesta", _responseMapper.Map,
            (problem, id, text) => id is null ? ResponseRecordResult.FileProblem(problem) : new ResponseRecordResult { RecordId = id, Problems = [problem], Location = problem.Source, OriginalText = text },
            cancellationToken);
    }

    /// <inheritdoc />
    public RenderReport RenderResponses(IReadOnlyList<CooperationResponse> responses, Stream output)
    {
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(output);
        var warnings = new List<Gateway.Sdk.Diagnostics.Problem>();
        for (var i = 0; i < responses.Count; i++)
        {
            var scope = new RenderScope(responses[i], i, ResponseCarriedPaths.FormatName, ResponseCarriedPaths.Carried);
            _responseWriter.Write(responses[i], scope, output);
            warnings.AddRange(scope.Complete());
        }
        return new RenderReport { RequestsWritten = responses.Count, Warnings = warnings };
    }
}
