using CooperJus.Adapters.ES.Reading;
using CooperJus.Adapters.ES.Rendering;
using CooperJus.Adapters.ES.Responses;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.ES;

/// <summary>
/// Spain: the Fiscalía's Fortuny cooperation export (XML, namespace <c>urn:es:fiscalia:fortuny:cooperacion:3</c>),
/// read into canonical requests and written back from them; and Fortuny's response file (<c>Respuestas</c>, same
/// namespace), read into canonical responses and written from the responses partners send. README.md describes both
/// formats element by element.
/// </summary>
public sealed class SpainAdapter : ICountryAdapter, IResponseAdapter
{
    private readonly SpainCodeLists _lists;
    private readonly TimeProvider _clock;

    /// <summary>Creates the adapter, loading and checking its code lists.</summary>
    /// <exception cref="FormatException">A code list names a canonical code that does not exist.</exception>
    public SpainAdapter(AdapterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _lists = SpainCodeLists.Load(context.CodeLists);
        _clock = context.Clock;
    }

    /// <inheritdoc />
    public AdapterDescriptor Descriptor { get; } = new()
    {
        Id = "ES",
        Version = typeof(SpainAdapter).Assembly.GetName().Version?.ToString(3) ?? "1.0.0",
        Country = "ES",
        DisplayName = "Fiscalía General del Estado, Fortuny",
        SourceFormat = "fortuny-xml",
        MediaType = "application/xml",
        FilePatterns = ["fortuny_*.xml"],
    };

    /// <inheritdoc />
    public IEnumerable<RecordResult> Read(SourceFile source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new FortunyReader(source, _lists, Descriptor).Read(cancellationToken);
    }

    /// <inheritdoc />
    public RenderReport Render(IReadOnlyList<CooperationRequest> requests, Stream output)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(output);
        return new FortunyWriter(_lists, _clock).Write(requests, output);
    }

    /// <inheritdoc />
    public ResponseFormatDescriptor ResponseFormat { get; } = new()
    {
        SourceFormat = "fortuny-respuesta-xml",
        MediaType = "application/xml",
        // Not fortuny_*.xml: the intake tells a response file from a request export by its name.
        FilePatterns = ["fortuny-respuesta_*.xml"],
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
