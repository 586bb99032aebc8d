using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Core.Translation;

/// <summary>
/// National file → canonical requests: runs the adapter and validates what it builds. Streams: the adapter reads on
/// a thread of its own a few records ahead of validation (<see cref="AdapterReadAhead"/>), so a bounded number of
/// records is in memory at a time, whatever the size of the file, and outcomes come in the file's order.
/// </summary>
public sealed class Translator
{
    private readonly RequestValidator _validator;

    /// <summary>Creates a translator that validates with <paramref name="validator"/>.</summary>
    public Translator(RequestValidator validator) => _validator = validator;

    /// <summary>
    /// Translates every record of <paramref name="source"/>. An adapter that throws (a bug: adapters report bad input
    /// as problems) ends the file with a file problem naming the adapter and the exception; the records it produced
    /// before stand, and the caller goes on with the next file.
    /// </summary>
    public IEnumerable<TranslationOutcome> Translate(ICountryAdapter adapter, SourceFile source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(source);
        using var readAhead = new AdapterReadAhead(adapter, source, e => AdapterFailure(adapter, source, e), cancellationToken);
        foreach (var record in readAhead.Records(cancellationToken))
        {
            yield return Validate(record);
            if (record.RecordId is null && record.Problems.Any(p => p.Rule == AdapterFailedRule)) yield break;
        }
    }

    /// <summary>Rule id of the file problem reported when an adapter throws.</summary>
    public const string AdapterFailedRule = "adapter.failed";

    private static RecordResult AdapterFailure(ICountryAdapter adapter, SourceFile source, Exception e) =>
        RecordResult.FileProblem(Problem.Error(AdapterFailedRule,
            $"adapter {adapter.Descriptor.Id} {adapter.Descriptor.Version} failed while reading ({e.GetType().Name}: {e.Message}); the rest of the file was not read. Report this to the adapter's maintainers.",
            new SourceLocation { File = source.Name }));

    private TranslationOutcome Validate(RecordResult record)
    {
        if (!record.IsAccepted) return new TranslationOutcome { Record = record, Problems = record.Problems };
        var json = CanonicalFiles.SerializeDocument(record.Request!);
        var validation = _validator.Validate(record.Request!, json, record.Lineage);
        IReadOnlyList<Problem> problems = [.. record.Problems, .. validation];
        return new TranslationOutcome
        {
            Record = record,
            Problems = problems,
            CanonicalJson = problems.Any(p => p.IsError) ? null : json,
        };
    }
}
