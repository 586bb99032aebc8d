using CooperJus.Adapters.CL.Reading;
using CooperJus.Adapters.CL.Rendering;
using CooperJus.Adapters.CL.Responses;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.CL;

/// <summary>
/// Chile: the Fiscalía Nacional's SAF cooperation export (XML, namespace <c>urn:cl:fiscalia:saf:cooperacion:1</c>),
/// read into canonical requests and written back from them; and SAF's response file (<c>RespuestasSAF</c>, same
/// namespace), read into canonical responses and written from the responses partners send. README.md describes both
/// formats element by element.
/// </summary>
public sealed class ChileAdapter : ICountryAdapter, IResponseAdapter
{
    private readonly ChileCodeLists _lists;
    private readonly TimeProvider _clock;

    /// <summary>Creates the adapter, loading and checking its code lists.</summary>
    /// <exception cref="FormatException">A code list names a canonical code that does not exist.</exception>
    public ChileAdapter(AdapterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _lists = new ChileCodeLists(context.CodeLists);
        _clock = context.Clock;
    }

    /// <inheritdoc />
    public AdapterDescriptor Descriptor { get; } = new()
    {
        Id = NationalDefaults.Country,
        Version = typeof(ChileAdapter).Assembly.GetName().Version?.ToString(3) ?? "0.1.0",
        Country = NationalDefaults.Country,
        DisplayName = "Fiscalía Nacional, Ministerio Público de Chile, SAF",
        SourceFormat = "saf-xml",
        MediaType = "application/xml",
        FilePatterns = ["saf_solicitudes_*.xml"],
    };

    /// <inheritdoc />
    public IEnumerable<RecordResult> Read(SourceFile source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new SafReader(source, _lists, Descriptor).Read(cancellationToken);
    }

    /// <inheritdoc />
    public RenderReport Render(IReadOnlyList<CooperationRequest> requests, Stream output)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(output);
        return new SafWriter(_lists).Write(requests, output);
    }

    /// <inheritdoc />
    public ResponseFormatDescriptor ResponseFormat { get; } = new()
    {
        SourceFormat = "saf-respuesta-xml",
        MediaType = "application/xml",
        // Not saf_solicitudes_*.xml: the intake tells a response file from a request export by its name.
        FilePatterns = ["saf_respuestas_*.xml"],
    };

    /// <inheritdoc />
    public IEnumerable<ResponseRecordResult> ReadResponses(SourceFile source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new RespuestaReader(source, _lists).Read(cancellationToken);
    }

    /// <inheritdoc />
    public RenderReport RenderResponses(IReadOnlyList<CooperationResponse> responses, Stream output)
    {
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(output);
        return new RespuestaWriter(_lists, _clock).Write(responses, output);
    }
}
