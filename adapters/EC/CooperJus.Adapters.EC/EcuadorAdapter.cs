using System.Reflection;
using CooperJus.Adapters.EC.Mapping;
using CooperJus.Adapters.EC.Reading;
using CooperJus.Adapters.EC.Rendering;
using CooperJus.Adapters.EC.Responses;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.EC;

/// <summary>
/// Ecuador, Fiscalía General del Estado: the SIAF (Sistema Integrado de Actuaciones Fiscales) export of international
/// cooperation requests, <c>siaf_solicitudes_*.json</c>, read as a stream into canonical requests and written back in
/// the same layout; and SIAF's answers to requests from abroad, <c>siaf_respuestas_*.json</c>, read into canonical
/// responses and written from them. <c>adapters/EC/README.md</c> describes the format, the code lists and the rules.
/// </summary>
/// <remarks>
/// Reading is in three steps, each in its folder: <c>Reading/</c> streams the file and checks its header,
/// <c>Mapping/</c> turns one solicitud into a canonical request with its lineage, <c>Rendering/</c> does the reverse;
/// <c>Responses/</c> does both for respuestas.
/// </remarks>
public sealed class EcuadorAdapter : ICountryAdapter, IResponseAdapter
{
    private static readonly JsonRecordReaderOptions SolicitudOptions = new()
    {
        ArrayProperty = "solicitudes",
        RecordNoun = "solicitud",
        RootDescription = "one JSON object with versionFormato, sistema, fechaGeneracion and solicitudes",
        LayoutName = "the SIAF export " + NationalDefaults.FormatVersion,
    };

    private static readonly JsonRecordReaderOptions RespuestaOptions = SolicitudOptions with
    {
        ArrayProperty = "respuestas",
        RecordNoun = "respuesta",
        RootDescription = "one JSON object with versionFormato, sistema, fechaGeneracion and respuestas",
    };

    private readonly NationalCodeLists _lists;
    private readonly TimeProvider _clock;
    private readonly SiafExportHandlers<RecordResult> _solicitudHandlers;
    private readonly SiafExportHandlers<ResponseRecordResult> _respuestaHandlers;

    /// <summary>Creates the adapter, loading and checking its code lists.</summary>
    /// <exception cref="FormatException">A code list is malformed or holds an unknown canonical code.</exception>
    public EcuadorAdapter(AdapterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _lists = new NationalCodeLists(context.CodeLists);
        _clock = context.Clock;
        Descriptor = new AdapterDescriptor
        {
            Id = NationalDefaults.Country,
            Version = typeof(EcuadorAdapter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.1.0",
            Country = NationalDefaults.Country,
            DisplayName = "Fiscalía General del Estado, SIAF",
            SourceFormat = "siaf-json",
            MediaType = "application/json",
            FilePatterns = ["siaf_solicitudes_*.json"],
        };
        ResponseFormat = new ResponseFormatDescriptor
        {
            SourceFormat = "siaf-respuestas-json",
            MediaType = "application/json",
            FilePatterns = ["siaf_respuestas_*.json"],
        };
        var mapper = new SolicitudMapper(_lists, Descriptor);
        _solicitudHandlers = new SiafExportHandlers<RecordResult>(
            RecordResult.FileProblem,
            mapper.Map,
            (pointer, at, problem) => new RecordResult { RecordId = pointer, Location = at, Problems = [problem] });
        var respuestaMapper = new RespuestaMapper(_lists);
        _respuestaHandlers = new SiafExportHandlers<ResponseRecordResult>(
            ResponseRecordResult.FileProblem,
            respuestaMapper.Map,
            (pointer, at, problem) => new ResponseRecordResult { RecordId = pointer, Location = at, Problems = [problem] });
    }

    /// <inheritdoc />
    public AdapterDescriptor Descriptor { get; }

    /// <inheritdoc />
    public ResponseFormatDescriptor ResponseFormat { get; }

    /// <inheritdoc />
    public IEnumerable<RecordResult> Read(SourceFile source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return ReadFile(source, SolicitudOptions, _solicitudHandlers, cancellationToken);
    }

    /// <inheritdoc />
    public RenderReport Render(IReadOnlyList<CooperationRequest> requests, Stream output)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(output);
        return new SolicitudRenderer(_lists, _clock).Render(requests, output);
    }

    /// <inheritdoc />
    public IEnumerable<ResponseRecordResult> ReadResponses(SourceFile source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return ReadFile(source, RespuestaOptions, _respuestaHandlers, cancellationToken);
    }

    /// <inheritdoc />
    public RenderReport RenderResponses(IReadOnlyList<CooperationResponse> responses, Stream output)
    {
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(output);
        return new RespuestaRenderer(_lists, _clock).Render(responses, output);
    }

    private static IEnumerable<TResult> ReadFile<TResult>(SourceFile source, JsonRecordReaderOptions options, SiafExportHandlers<TResult> handlers, CancellationToken cancellationToken)
    {
        using var stream = source.OpenRead();
        foreach (var result in new SiafExportReader(options).Read(stream, source.Name, handlers, cancellationToken)) yield return result;
    }
}
