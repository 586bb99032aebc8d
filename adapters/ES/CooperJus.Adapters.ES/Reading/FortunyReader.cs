using CooperJus.Adapters.ES.Mapping;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Adapters.ES.Reading;

/// <summary>Reads one Fortuny file: file problems as they are met, and one result per <c>Solicitud</c>, streamed.</summary>
internal sealed class FortunyReader
{
    private readonly SourceFile _source;
    private readonly SpainCodeLists _lists;
    private readonly AdapterDescriptor _descriptor;

    public FortunyReader(SourceFile source, SpainCodeLists lists, AdapterDescriptor descriptor)
    {
        _source = source;
        _lists = lists;
        _descriptor = descriptor;
    }

    public IEnumerable<RecordResult> Read(CancellationToken cancellationToken)
    {
        using var stream = _source.OpenRead();
        using var document = new FortunyDocument(_source.Name, stream);
        var header = document.Open();
        foreach (var problem in document.TakeProblems()) yield return RecordResult.FileProblem(problem);
        if (header is null) yield break;
        var mapper = new SolicitudMapper(_lists, _descriptor, header, _source.Name);
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
