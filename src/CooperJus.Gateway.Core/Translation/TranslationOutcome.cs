using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Core.Translation;

/// <summary>One national record after the adapter and validation: accepted with its canonical JSON, or rejected with reasons.</summary>
public sealed record TranslationOutcome
{
    /// <summary>What the adapter produced.</summary>
    public required RecordResult Record { get; init; }

    /// <summary>The adapter's problems followed by validation's.</summary>
    public required IReadOnlyList<Problem> Problems { get; init; }

    /// <summary>The canonical JSON when accepted; null when rejected.</summary>
    public string? CanonicalJson { get; init; }

    /// <summary>True when the record became a valid canonical request.</summary>
    public bool IsAccepted => CanonicalJson is not null;

    /// <summary>True for a problem about the whole file rather than one record.</summary>
    public bool IsFileProblem => Record.RecordId is null && Record.Request is null;
}
