using System.Diagnostics;
using System.Text.Json;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Identity;
using CooperJus.Gateway.Sdk.Lineage;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>
/// Micro-measurements of the hot parts on real data (the first accepted requests of the file): the serialisations
/// (b) does, with the cheaper alternatives the core could choose, and the SDK helpers the adapter calls, with how
/// many calls one request makes (counted from its lineage). Each is timed in a loop of at least
/// <see cref="MinimumTime"/> after one untimed pass.
/// </summary>
internal static class HotParts
{
    private const int SampleRequests = 1_000;
    private static readonly TimeSpan MinimumTime = TimeSpan.FromMilliseconds(400);

    public static IReadOnlyList<HotPart> Measure(ICountryAdapter adapter, string path, CodeListSource codeLists)
    {
        var records = adapter.Read(SourceFile.FromPath(path)).Where(r => r.IsAccepted).Take(SampleRequests).ToList();
        var requests = records.Select(r => r.Request!).ToList();
        var lineages = records.Select(r => new LineageDocument { RequestId = r.Request!.RequestId, SourceFile = r.Request.Provenance.SourceFile, Entries = r.Lineage }).ToList();
        var entries = records.SelectMany(r => r.Lineage).ToList();
        double PerRequest(int calls) => calls / (double)Math.Max(1, records.Count);

        var parts = new List<HotPart>
        {
            Time("document: CanonicalJson.Serialize, indented string (now)", requests, r => CanonicalJson.Serialize(r), 1),
            Time("document: compact string (CompactOptions)", requests, r => JsonSerializer.Serialize(r, CanonicalJson.CompactOptions), 1),
            Time(SameDocuments(requests) ? "document: CanonicalFiles.SerializeDocument (now), compact string" : "document: CanonicalFiles (OUTPUT DIFFERS: ignore)", requests, r => CanonicalFiles.SerializeDocument(r), 1),
            Time("lineage: CanonicalJson.SerializeValue, indented string", lineages, l => CanonicalJson.SerializeValue(l), 1),
            Time("lineage: indented, straight to a UTF-8 stream", lineages, l => ToStream(l, CanonicalJson.Options), 1),
            Time("lineage: compact, straight to a UTF-8 stream", lineages, l => ToStream(l, CanonicalJson.CompactOptions), 1),
            Time(SameOutput(lineages) ? "lineage: CanonicalFiles.WriteLineage (now), to a UTF-8 stream" : "lineage: CanonicalFiles (OUTPUT DIFFERS: ignore)", lineages, l => ToStreamAsTranslated(l), 1),
        };
        var documents = requests.SelectMany(r => r.Persons.SelectMany(p => p.IdentityDocuments).Concat(r.Organisations.SelectMany(o => o.RegistrationNumbers)))
            .Where(d => d.IssuingCountry is not null && d.NationalType is not null).ToList();
        if (documents.Count > 0)
            parts.Add(Time("IdentityNumbers.Check (adapter, then core again)", documents, d => IdentityNumbers.Check(d.IssuingCountry!, d.NationalType!, d.Number), 2 * PerRequest(documents.Count)));
        var lookups = entries.Where(e => e.Conversion.StartsWith("code-list:", StringComparison.Ordinal) && e.Sources.Count > 0)
            .Select(e => (List: codeLists.Load(e.Conversion["code-list:".Length..]), Key: e.Sources[0].Value)).ToList();
        if (lookups.Count > 0)
            parts.Add(Time("CodeList.Find (TextKeys.Normalize per call)", lookups, l => l.List.Find(l.Key), PerRequest(lookups.Count)));
        AddConversion(parts, entries, Countries.Conversion, "Countries.TryNormalize", v => Countries.TryNormalize(v, out _), PerRequest);
        AddConversion(parts, entries, Dates.DayFirstConversion, "Dates.TryParseDayFirst", v => Dates.TryParseDayFirst(v, out _, out _), PerRequest);
        var sources = entries.SelectMany(e => e.Sources).ToList();
        parts.Add(Time("LineageRecorder.Record + SourceLocation.At (per entry)", sources, s => RecordOne(s), PerRequest(entries.Count)));
        return parts;
    }

    private static void AddConversion(List<HotPart> parts, List<LineageEntry> entries, string conversion, string name, Func<string, bool> call, Func<int, double> perRequest)
    {
        var values = entries.Where(e => e.Conversion == conversion && e.Sources.Count > 0).Select(e => e.Sources[0].Value ?? "").ToList();
        if (values.Count > 0) parts.Add(Time(name, values, call, perRequest(values.Count)));
    }

    private static LineageRecorder RecordOne(SourceLocation source)
    {
        var recorder = new LineageRecorder();
        recorder.Record("/persons/0/name", "copy", source.At(source.Field ?? "field", source.Value));
        return recorder;
    }

    private static long ToStream(LineageDocument lineage, JsonSerializerOptions options)
    {
        var sink = new CountingNullStream();
        JsonSerializer.Serialize(sink, lineage, options);
        return sink.BytesWritten;
    }

    private static long ToStreamAsTranslated(LineageDocument lineage)
    {
        var sink = new CountingNullStream();
        CanonicalFiles.WriteLineage(sink, lineage);
        return sink.BytesWritten;
    }

    /// <summary>True when the translation's lineage writer writes exactly what the canonical compact options write.</summary>
    private static bool SameOutput(IReadOnlyList<LineageDocument> lineages) =>
        lineages.Take(10).All(l => Generated(l) == JsonSerializer.Serialize(l, CanonicalJson.CompactOptions));

    /// <summary>True when the translation's document writer writes exactly what the canonical compact options write.</summary>
    private static bool SameDocuments(IReadOnlyList<CooperationRequest> requests) =>
        requests.Take(10).All(r => CanonicalFiles.SerializeDocument(r) == JsonSerializer.Serialize(r, CanonicalJson.CompactOptions));

    private static string Generated(LineageDocument lineage)
    {
        var buffer = new MemoryStream();
        CanonicalFiles.WriteLineage(buffer, lineage);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Calls <paramref name="call"/> on every item, repeatedly, and returns the mean cost of one call.</summary>
    private static HotPart Time<T, TResult>(string name, IReadOnlyList<T> items, Func<T, TResult> call, double callsPerRequest)
    {
        foreach (var item in items) call(item);
        long calls = 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        do
        {
            foreach (var item in items) call(item);
            calls += items.Count;
        }
        while (Stopwatch.GetElapsedTime(started) < MinimumTime);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        return new HotPart(name, elapsed.TotalNanoseconds / calls, bytes / (double)calls, callsPerRequest);
    }
}
