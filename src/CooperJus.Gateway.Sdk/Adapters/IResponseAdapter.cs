using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk.Adapters;

/// <summary>
/// What an adapter implements, beside <see cref="ICountryAdapter"/>, when its national system also answers requests in
/// a format of its own: it reads the office's national response files into canonical responses, and writes the
/// canonical responses partners send into that format. An adapter without it still works: the gateway then takes and
/// gives responses as canonical JSON (<c>*.response.json</c>).
/// </summary>
/// <remarks>
/// The same discipline as for requests applies: bad input never throws (<see cref="ReadResponses"/> reports each
/// problem, located, and goes on with the next record), records are streamed, and <see cref="RenderResponses"/> warns
/// for every canonical field its format cannot hold. A national response names the request it answers by the
/// canonical request id, which every national request export carries.
/// </remarks>
public interface IResponseAdapter
{
    /// <summary>The national response format: its name, media type and file names.</summary>
    ResponseFormatDescriptor ResponseFormat { get; }

    /// <summary>
    /// Reads national responses from <paramref name="source"/>, yielding one result per response found, plus one result
    /// with no <see cref="ResponseRecordResult.RecordId"/> for each problem that concerns the whole file.
    /// </summary>
    /// <param name="source">The national response file to read.</param>
    /// <param name="cancellationToken">Stops the read between records.</param>
    IEnumerable<ResponseRecordResult> ReadResponses(SourceFile source, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes <paramref name="responses"/> to <paramref name="output"/> as one national response file, and reports as
    /// warnings whatever canonical content the national format cannot carry.
    /// </summary>
    /// <param name="responses">The responses to write; they have passed validation.</param>
    /// <param name="output">Where to write; the adapter does not close it.</param>
    RenderReport RenderResponses(IReadOnlyList<CooperationResponse> responses, Stream output);
}
