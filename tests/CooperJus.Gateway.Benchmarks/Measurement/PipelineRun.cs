using System.Text;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>
/// The translation pipeline as <c>cooperjus translate</c> runs it: the <see cref="Translator"/> (adapter, lineage,
/// canonical serialisation, validation) over the file, then each accepted request's canonical JSON and lineage
/// document written out with <see cref="CanonicalFiles"/>, here to a null stream instead of files.
/// </summary>
internal static class PipelineRun
{

    /// <summary>Translates every record of <paramref name="path"/>, or the first <paramref name="limit"/> records.</summary>
    public static RunCounts Run(ICountryAdapter adapter, string path, RequestValidator validator, long limit = long.MaxValue)
    {
        var sink = new CountingNullStream();
        long accepted = 0, rejected = 0, fileProblems = 0, records = 0;
        string? firstProblem = null;
        using (var writer = new BufferedStream(sink, 1 << 16))
        {
            foreach (var outcome in new Translator(validator).Translate(adapter, SourceFile.FromPath(path)))
            {
                if (outcome.IsAccepted)
                {
                    accepted++;
                    Write(writer, outcome);
                }
                else
                {
                    if (outcome.IsFileProblem) fileProblems++;
                    else rejected++;
                    firstProblem ??= outcome.Problems.FirstOrDefault(p => p.IsError)?.ToString();
                }
                if (++records >= limit) break;
            }
        }
        return new RunCounts(accepted, rejected, fileProblems, sink.BytesWritten, firstProblem);
    }

    /// <summary>What <c>TranslationOutputFolder</c> writes for an accepted request, with the same code: the document, then its lineage.</summary>
    public static void Write(Stream stream, TranslationOutcome outcome)
    {
        var request = outcome.Record.Request!;
        CanonicalFiles.WriteDocument(stream, outcome.CanonicalJson!);
        CanonicalFiles.WriteLineage(stream, new LineageDocument { RequestId = request.RequestId, SourceFile = request.Provenance.SourceFile, Entries = outcome.Record.Lineage });
    }

    /// <summary>The canonical JSON of the first <paramref name="count"/> accepted requests of <paramref name="path"/>, without schema validation.</summary>
    public static List<string> CollectDocuments(ICountryAdapter adapter, string path, int count)
    {
        var translator = new Translator(new RequestValidator(NoSchemaValidator.Instance, TimeProvider.System));
        return translator.Translate(adapter, SourceFile.FromPath(path))
            .Where(o => o.IsAccepted)
            .Take(count)
            .Select(o => o.CanonicalJson!)
            .ToList();
    }
}
