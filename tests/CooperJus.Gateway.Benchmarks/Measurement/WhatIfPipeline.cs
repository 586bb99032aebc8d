using System.Text.Encodings.Web;
using System.Text.Json;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>
/// Not the gateway's code: the work of (b) (same adapter, same semantic rules, same document and lineage content)
/// on one thread, without the translator's read-ahead, and with the document written straight to the output as UTF-8
/// (no intermediate UTF-16 string). The lineage goes through a source-generated context, which uses the lineage's own
/// converter: the same bytes as <see cref="CanonicalFiles.WriteLineage"/>. Compared with (b), it shows what the
/// read-ahead gains on this machine, and what an intermediate string costs.
/// </summary>
internal static class WhatIfPipeline
{
    /// <summary>
    /// The canonical escaping (accents kept) is set on the writer, not on the serialiser options: options with an
    /// encoder make System.Text.Json skip the source generator's fast path.
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>Compact lineage, source-generated (through the lineage's converter).</summary>
    public static LineageJsonContext Lineage => LineageJsonContext.Default;

    public static RunCounts Run(ICountryAdapter adapter, string path)
    {
        var validator = new RequestValidator(NoSchemaValidator.Instance, TimeProvider.System);
        var sink = new CountingNullStream();
        long accepted = 0, rejected = 0;
        using var writer = new Utf8JsonWriter(sink, WriterOptions);
        foreach (var record in adapter.Read(SourceFile.FromPath(path)))
        {
            var request = record.Request;
            // The JSON text only feeds the schema validator, which this variant (like (b)) leaves out.
            if (request is null || !record.IsAccepted || validator.Validate(request, "", record.Lineage).Any(p => p.IsError))
            {
                rejected++;
                continue;
            }
            accepted++;
            JsonSerializer.Serialize(writer, request, CanonicalJson.CompactOptions);
            writer.Flush();
            writer.Reset();
            var lineage = new LineageDocument { RequestId = request.RequestId, SourceFile = request.Provenance.SourceFile, Entries = record.Lineage };
            JsonSerializer.Serialize(writer, lineage, Lineage.LineageDocument);
            writer.Flush();
            writer.Reset();
        }
        return new RunCounts(accepted, rejected, 0, sink.BytesWritten);
    }
}
