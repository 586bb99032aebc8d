using System.Diagnostics;
using System.Text;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>
/// Where the pipeline's time goes: the <see cref="Translator"/>'s steps done one by one (as it does them) with a
/// stopwatch and an allocation counter around each, plus sizes that explain the costs (lineage entries, bytes).
/// </summary>
internal sealed class StageBreakdown
{
    private const int LargeObjectBytes = 85_000;

    private readonly long[] _ticks = new long[Stages.Length];
    private readonly long[] _allocated = new long[Stages.Length];

    private static readonly string[] Stages =
    [
        "adapter: read + map + lineage (Read/MoveNext)",
        "document: compact canonical JSON (Translator)",
        "RequestValidator: semantic rules + attribution",
        "lineage: CanonicalFiles.WriteLineage (to memory)",
        "write both to the null stream (UTF-8)",
    ];

    /// <summary>Requests accepted.</summary>
    public long Requests { get; private set; }

    /// <summary>Lineage entries of the accepted requests.</summary>
    public long LineageEntries { get; private set; }

    /// <summary>Source locations in the lineage of the accepted requests.</summary>
    public long LineageSources { get; private set; }

    /// <summary>Characters of the values as written that those source locations carry.</summary>
    public long LineageValueChars { get; private set; }

    /// <summary>Characters of canonical JSON produced.</summary>
    public long DocumentChars { get; private set; }

    /// <summary>Characters of lineage JSON produced.</summary>
    public long LineageChars { get; private set; }

    /// <summary>
    /// Lineage strings of 85,000 bytes or more: .NET puts those on the large object heap, which only a full (gen2)
    /// collection reclaims, so a stream of them keeps triggering full collections.
    /// </summary>
    public long LargeLineageStrings { get; private set; }

    /// <summary>Full (gen2) collections during the run.</summary>
    public int Gen2Collections { get; private set; }

    /// <summary>Total GC pause during the run.</summary>
    public TimeSpan GcPause { get; private set; }

    /// <summary>Wall-clock time of the whole run.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <summary>The stages with their costs.</summary>
    public IReadOnlyList<StageCost> Costs => Stages.Select((s, i) => new StageCost(s, _ticks[i], _allocated[i])).ToList();

    /// <summary>Runs the pipeline (no schema validation) over <paramref name="path"/>, timing each step.</summary>
    public static StageBreakdown Run(ICountryAdapter adapter, string path)
    {
        var breakdown = new StageBreakdown();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var pause = GC.GetTotalPauseDuration();
        var gen2 = GC.CollectionCount(2);
        var started = Stopwatch.GetTimestamp();
        breakdown.Translate(adapter, path);
        breakdown.Elapsed = Stopwatch.GetElapsedTime(started);
        breakdown.Gen2Collections = GC.CollectionCount(2) - gen2;
        breakdown.GcPause = GC.GetTotalPauseDuration() - pause;
        return breakdown;
    }

    private void Translate(ICountryAdapter adapter, string path)
    {
        var validator = new RequestValidator(NoSchemaValidator.Instance, TimeProvider.System);
        using var writer = new BufferedStream(new CountingNullStream(), 1 << 16);
        using var records = adapter.Read(SourceFile.FromPath(path)).GetEnumerator();
        while (Step(0, records.MoveNext))
        {
            var record = records.Current;
            if (!record.IsAccepted) continue;
            var request = record.Request!;
            var json = Step(1, () => CanonicalFiles.SerializeDocument(request));
            var problems = Step(2, () => validator.Validate(request, json, record.Lineage));
            if (problems.Any(p => p.IsError)) continue;
            var lineage = Step(3, () =>
            {
                var buffer = new MemoryStream();
                CanonicalFiles.WriteLineage(buffer, new LineageDocument { RequestId = request.RequestId, SourceFile = request.Provenance.SourceFile, Entries = record.Lineage });
                return buffer;
            });
            Step(4, () =>
            {
                CanonicalFiles.WriteDocument(writer, json);
                lineage.WriteTo(writer);
                return true;
            });
            Requests++;
            LineageEntries += record.Lineage.Count;
            foreach (var entry in record.Lineage)
            {
                LineageSources += entry.Sources.Count;
                foreach (var source in entry.Sources) LineageValueChars += source.Value?.Length ?? 0;
            }
            DocumentChars += json.Length;
            LineageChars += lineage.Length;
            if (lineage.Length * sizeof(char) >= LargeObjectBytes) LargeLineageStrings++;
        }
    }

    private T Step<T>(int stage, Func<T> work)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        var result = work();
        _ticks[stage] += Stopwatch.GetTimestamp() - started;
        _allocated[stage] += GC.GetAllocatedBytesForCurrentThread() - allocated;
        return result;
    }
}
