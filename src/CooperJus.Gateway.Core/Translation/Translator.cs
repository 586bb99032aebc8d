using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Core.Translation;

/// <summary>
/// National file → canonical requests: runs the adapter and validates what it builds. Streams: one record is in
/// memory at a time, whatever the size of the file.
/// </summary>
public sealed class Translator
{
    private readonly RequestValidator _validator;

    /// <summary>Creates a translator that validates with <paramref name="validator"/>.</summary>
    public Translator(RequestValidator validator) => _validator = validator;

    /// <summary>Translates every record of <paramref name="source"/>.</summary>
    public IEnumerable<TranslationOutcome> Translate(ICountryAdapter adapter, SourceFile source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        foreach (var record in adapter.Read(source, cancellationToken))
            yield return Validate(record);
    }

    private TranslationOutcome Validate(RecordResult record)
    {
        if (!record.IsAccepted) return new TranslationOutcome { Record = record, Problems = record.Problems };
        var json = CanonicalJson.Serialize(record.Request!);
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
