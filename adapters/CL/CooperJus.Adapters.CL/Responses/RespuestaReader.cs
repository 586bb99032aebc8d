using CooperJus.Adapters.CL.Reading;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Adapters.CL.Responses;

/// <summary>
/// Reads one SAF response file: file problems as they are met, and one result per <c>Respuesta</c>, streamed with the
/// same reader as request exports (encoding, no DTD, exact original text, located problems).
/// </summary>
internal sealed class RespuestaReader(SourceFile source, ChileCodeLists lists)
{
    public IEnumerable<ResponseRecordResult> Read(CancellationToken cancellationToken)
    {
        using var stream = source.OpenRead();
        using var document = new SafDocument(source.Name, stream, SafResponseSchema.Root, SafResponseSchema.Record);
        var opened = document.Open();
        foreach (var problem in document.TakeProblems()) yield return ResponseRecordResult.FileProblem(problem);
        if (!opened) yield break;
        var mapper = new RespuestaMapper(lists);
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
