using CooperJus.Adapters.CL.Mapping;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Adapters.CL.Reading;

/// <summary>Reads one SAF request export: file problems as they are met, and one result per <c>Solicitud</c>, streamed.</summary>
internal sealed class SafReader(SourceFile source, ChileCodeLists lists, AdapterDescriptor descriptor)
{
    public IEnumerable<RecordResult> Read(CancellationToken cancellationToken)
    {
        using var stream = source.OpenRead();
        using var document = new SafDocument(source.Name, stream, SafSchema.Root, SafSchema.Record);
        var opened = document.Open();
        foreach (var problem in document.TakeProblems()) yield return RecordResult.FileProblem(problem);
        if (!opened) yield break;
        var mapper = new SolicitudMapper(lists, descriptor, source.Name);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = document.Next();
            foreach (var problem in document.TakeProblems()) yield return RecordResult.FileProblem(problem);
            if (record is null) yield break;
            yield return mapper.Map(record);
        }
    }
}
