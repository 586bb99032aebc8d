using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Sdk.Lineage;

/// <summary>One canonical field and the source field(s) that produced it, with the conversion applied.</summary>
public sealed record LineageEntry
{
    /// <summary>The canonical field as a JSON pointer, for example <c>/persons/0/birthDate</c>.</summary>
    public required string CanonicalPath { get; init; }

    /// <summary>The source fields read, each with the value as written.</summary>
    public required IReadOnlyList<SourceLocation> Sources { get; init; }

    /// <summary>The conversion applied, by name (<c>copy</c>, <c>day-first-date</c>, <c>code-list:offences</c>).</summary>
    public required string Conversion { get; init; }
}
