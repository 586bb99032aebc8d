using CooperJus.Gateway.Sdk.Reading;
using System.Reflection;
using CooperJus.Adapters.BR.Mapping;
using CooperJus.Adapters.BR.Reading;
using CooperJus.Adapters.BR.Rendering;
using CooperJus.Adapters.BR.Responses;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR;

/// <summary>
/// Brazil: the Ministério Público Federal's "Sistema Único" export, a JSON file <c>pedidos_*.json</c> holding a root
/// header and an array of pedidos (cooperation requests), read as a stream and written back in the same layout; and
/// its answers to requests from abroad, <c>respostas_*.json</c>, read into canonical responses and written from them.
/// </summary>
/// <remarks>See the adapter's README.md for every property, code list and decision.</remarks>
public sealed class BrazilAdapter : ICountryAdapter, IResponseAdapter
{
    private readonly PedidoMapper _mapper;
    private readonly TimeProvider _clock;
    private readonly BrazilCodeLists _lists;
    private readonly RespostaCodeLists _respostaLists;
    private readonly RespostaFileReader _respostaReader;

    /// <summary>Creates the adapter, loading and checking its code lists.</summary>
    /// <exception cref="FormatException">A code list is malformed or names an unknown canonical code.</exception>
    /// <exception cref="FileNotFoundException">A code list is missing.</exception>
    public BrazilAdapter(AdapterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _lists = new BrazilCodeLists(context.CodeLists);
        _clock = context.Clock;
        Descriptor = new AdapterDescriptor
        {
            Id = "BR",
            Version = typeof(BrazilAdapter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0",
            Country = "BR",
            DisplayName = "Ministério Público Federal, Sistema Único",
            SourceFormat = "unico-json",
            MediaType = "application/json",
            FilePatterns = ["pedidos_*.json"],
        };
        _mapper = new PedidoMapper(_lists, Descriptor);
        _respostaLists = new RespostaCodeLists(context.CodeLists, _lists);
        _respostaReader = new RespostaFileReader(new RespostaMapper(_respostaLists), _clock);
        ResponseFormat = new ResponseFormatDescriptor
        {
            SourceFormat = "unico-respostas-json",
            MediaType = "application/json",
            FilePatterns = ["respostas_*.json"],
        };
    }

    /// <inheritdoc />
    public AdapterDescriptor Descriptor { get; }

    /// <inheritdoc />
    public IEnumerable<RecordResult> Read(SourceFile source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return ReadFile(source, cancellationToken);
    }

    /// <inheritdoc />
    public RenderReport Render(IReadOnlyList<CooperationRequest> requests, Stream output)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(output);
        return new UnicoRenderer(_lists, _clock).Render(requests, output);
    }

    /// <inheritdoc />
    public ResponseFormatDescriptor ResponseFormat { get; }

    /// <inheritdoc />
    public IEnumerable<ResponseRecordResult> ReadResponses(SourceFile source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return _respostaReader.Read(source, cancellationToken);
    }

    /// <inheritdoc />
    public RenderReport RenderResponses(IReadOnlyList<CooperationResponse> responses, Stream output)
    {
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(output);
        return new RespostaRenderer(_respostaLists, _clock).Render(responses, output);
    }

    /// <summary>Reads through a given scanner, so tests can watch its buffer.</summary>
    internal IEnumerable<RecordResult> Read(JsonRecordReader scanner, string fileName, CancellationToken cancellationToken) =>
        new UnicoFileReader(_mapper, _clock).Read(scanner, fileName, cancellationToken);

    private IEnumerable<RecordResult> ReadFile(SourceFile source, CancellationToken cancellationToken)
    {
        using var stream = source.OpenRead();
        foreach (var result in Read(new JsonRecordReader(stream, source.Name, UnicoFileReader.Options), source.Name, cancellationToken)) yield return result;
    }
}
