using System.IO.Enumeration;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Benchmarks.Generic;

/// <summary>
/// An adapter's good request samples, read once by the adapter itself: which files they are, how many requests each
/// holds, and the national references its records carry (the source values that the lineage of <c>/requestId</c>
/// names), which the replicas vary so that every copy is a request of its own.
/// </summary>
internal sealed class GoodSamples
{
    private const string RequestIdPath = "/requestId";

    private GoodSamples(string folder, IReadOnlyList<string> files, IReadOnlyDictionary<string, int> requests, IReadOnlySet<string> references, IReadOnlyList<string> referenceFields)
    {
        Folder = folder;
        Files = files;
        RequestsPerFile = requests;
        References = references;
        ReferenceFields = referenceFields;
    }

    /// <summary>Where the samples are (<c>samples/ES</c>).</summary>
    public string Folder { get; }

    /// <summary>Files directly in <see cref="Folder"/> matching one of the adapter's file patterns, in name order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Records the adapter read from each file (accepted or not, file problems left out).</summary>
    public IReadOnlyDictionary<string, int> RequestsPerFile { get; }

    /// <summary>The national references of the samples' requests, as written.</summary>
    public IReadOnlySet<string> References { get; }

    /// <summary>The source fields the references came from (<c>@referencia</c>), for the report.</summary>
    public IReadOnlyList<string> ReferenceFields { get; }

    /// <summary>The samples of <paramref name="adapter"/> in <c><paramref name="samplesRoot"/>/&lt;id&gt;/</c>, read with it.</summary>
    public static GoodSamples Load(ICountryAdapter adapter, string samplesRoot)
    {
        var descriptor = adapter.Descriptor;
        var folder = Path.Combine(samplesRoot, descriptor.Id);
        var files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder)
                .Where(f => descriptor.FilePatterns.Any(p => FileSystemName.MatchesSimpleExpression(p, Path.GetFileName(f))))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        var requests = new Dictionary<string, int>(StringComparer.Ordinal);
        var references = new HashSet<string>(StringComparer.Ordinal);
        var fields = new List<string>();
        foreach (var file in files)
        {
            var count = 0;
            foreach (var record in adapter.Read(SourceFile.FromPath(file)))
            {
                if (record.Request is null && record.RecordId is null) continue; // a problem with the whole file
                count++;
                foreach (var source in record.Lineage.Where(e => e.CanonicalPath == RequestIdPath).SelectMany(e => e.Sources))
                {
                    if (string.IsNullOrWhiteSpace(source.Value)) continue;
                    references.Add(source.Value.Trim());
                    if (source.Field is { } field && !fields.Contains(field)) fields.Add(field);
                }
            }
            requests[file] = count;
        }
        return new GoodSamples(folder, files, requests, references, fields);
    }
}
