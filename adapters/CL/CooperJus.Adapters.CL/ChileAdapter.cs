using CooperJus.Adapters.CL.Mapping;
using CooperJus.Adapters.CL.Reading;
using CooperJus.Adapters.CL.Rendering;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.CL;

/// <summary>
/// Chile, Fiscalía Nacional, Ministerio Público de Chile: reads the SAF export (XML) into canonical requests and writes canonical
/// requests back in the same format. <c>adapters/CL/README.md</c> describes the format, the code lists and the rules.
/// </summary>
/// <remarks>
/// Reading is in three steps, each in its folder: <c>Reading/</c> turns the file into national records (fields with
/// their source locations), <c>Mapping/</c> turns one record into a canonical request with its lineage, and
/// <c>Rendering/</c> does the reverse. Only <c>Reading/RecordReader.cs</c> and <c>Rendering/RecordWriter.cs</c> know
/// the file format.
/// </remarks>
public sealed class ChileAdapter : ICountryAdapter
{
    private readonly RecordReader _reader = new();
    private readonly RequestMapper _mapper;
    private readonly NationalValues _values;

    /// <summary>Creates the adapter, loading and checking its code lists.</summary>
    /// <exception cref="FormatException">A code list is malformed or holds an unknown canonical code.</exception>
    public ChileAdapter(AdapterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Descriptor = new AdapterDescriptor
        {
            Id = NationalDefaults.Country,
            Version = typeof(ChileAdapter).Assembly.GetName().Version?.ToString(3) ?? "0.1.0",
            Country = NationalDefaults.Country,
            DisplayName = "Fiscalía Nacional, Ministerio Público de Chile, SAF",
            SourceFormat = "saf-xml",
            MediaType = "application/xml",
            FilePatterns = ["requests_*.xml"],
        };
        var lists = new NationalCodeLists(context.CodeLists);
        _mapper = new RequestMapper(lists, Descriptor);
        _values = new NationalValues(lists);
    }

    /// <inheritdoc />
    public AdapterDescriptor Descriptor { get; }

    /// <inheritdoc />
    public IEnumerable<RecordResult> Read(SourceFile source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return ReadRecords(source, cancellationToken);
    }

    /// <inheritdoc />
    public RenderReport Render(IReadOnlyList<CooperationRequest> requests, Stream output)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(output);
        var warnings = new List<Problem>();
        var records = new List<IReadOnlyList<KeyValuePair<string, string>>>(requests.Count);
        for (var i = 0; i < requests.Count; i++)
        {
            var scope = new RenderScope(requests[i], i, NationalCarriedPaths.FormatName, NationalCarriedPaths.Carried);
            records.Add(_values.FieldsOf(requests[i], scope));
            warnings.AddRange(scope.Complete());
        }
        RecordWriter.Write(records, output);
        return new RenderReport { RequestsWritten = requests.Count, Warnings = warnings };
    }

    private IEnumerable<RecordResult> ReadRecords(SourceFile source, CancellationToken cancellationToken)
    {
        foreach (var item in _reader.Read(source, cancellationToken))
            yield return item.Record is { } record ? _mapper.Map(record, source.Name) : RecordResult.FileProblem(item.FileProblem!);
    }
}
