using CooperJus.Adapters.ES.Reading;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Adapters.ES.Responses;

/// <summary>
/// Reads one Fortuny response file: file problems as they are met, and one result per <c>Respuesta</c>, streamed with
/// the same reader as request exports (encoding, no DTD, exact original text, located problems).
/// </summary>
internal sealed class RespuestaReader
{
    private readonly SourceFile _source;
    private readonly SpainCodeLists _lists;

    public RespuestaReader(SourceFile source, SpainCodeLists lists)
    {
        _source = source;
        _lists = lists;
    }

    public IEnumerable<ResponseRecordResult> Read(CancellationToken cancellationToken)
    {
        using var stream = _source.OpenRead();
        using var document = new FortunyDocument(_source.Name, stream, FortunyResponseSchema.Root, FortunyResponseSchema.Record);
        var header = document.Open();
        foreach (var problem in document.TakeProblems()) yield return ResponseRecordResult.FileProblem(problem);
        if (header is null) yield break;
        var mapper = new RespuestaMapper(_lists);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = document.Next();
            foreach (var problem in document.TakeProblems()) yield return ResponseRecordResult.FileProblem(problem);
            if (record is null) yield break;
            yield return mapper.Map(record);
        }
    }
}
