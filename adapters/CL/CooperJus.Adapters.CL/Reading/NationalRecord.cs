using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.CL.Reading;

/// <summary>
/// One record of the export as the reader found it: each field with its source location and value as written, the
/// record's text exactly as it stood, and what the reader already found wrong with it.
/// </summary>
internal sealed class NationalRecord
{
    private readonly IReadOnlyDictionary<string, SourceLocation> _fields;

    public NationalRecord(SourceLocation start, IReadOnlyDictionary<string, SourceLocation> fields, string originalText, IReadOnlyList<Problem> problems)
    {
        Start = start;
        _fields = fields;
        OriginalText = originalText;
        Problems = problems;
    }

    /// <summary>Where the record starts (row, line or path), with no field.</summary>
    public SourceLocation Start { get; }

    /// <summary>The record's text as read, for the audit trail.</summary>
    public string OriginalText { get; }

    /// <summary>Problems the reader found (unknown fields, malformed values); the mapper adds them to the record's.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>The location of <paramref name="field"/>; a field the record lacks is located at the record with no value.</summary>
    public SourceLocation At(string field) => _fields.TryGetValue(field, out var at) ? at : Start.At(field, null);
}
