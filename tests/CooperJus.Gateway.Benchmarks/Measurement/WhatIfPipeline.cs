using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>
/// Not the gateway's code path: the work of (b) (same adapter, same semantic rules, the same document and lineage
/// writers) on one thread, without the translator's read-ahead. Compared with (b), it shows what the read-ahead gains
/// on this machine.
/// </summary>
internal static class WhatIfPipeline
{
    public static RunCounts Run(ICountryAdapter adapter, string path)
    {
        var validator = new RequestValidator(NoSchemaValidator.Instance, TimeProvider.System);
        var sink = new CountingNullStream();
        long accepted = 0, rejected = 0;
        using var output = new BufferedStream(sink, 1 << 16);
        foreach (var record in adapter.Read(SourceFile.FromPath(path)))
        {
            var request = record.Request;
            if (request is null || !record.IsAccepted)
            {
                rejected++;
                continue;
            }
            var json = CanonicalFiles.SerializeDocument(request);
            if (validator.Validate(request, json, record.Lineage).Any(p => p.IsError))
            {
                rejected++;
                continue;
            }
            accepted++;
            CanonicalFiles.WriteDocument(output, json);
            CanonicalFiles.WriteLineage(output, new LineageDocument { RequestId = request.RequestId, SourceFile = request.Provenance.SourceFile, Entries = record.Lineage });
        }
        output.Flush();
        return new RunCounts(accepted, rejected, 0, sink.BytesWritten);
    }
}
