namespace CooperJus.Gateway.Sdk.Model;

/// <summary>
/// Where a canonical document came from. Field-level lineage is kept beside the document, not in it, because it
/// names source locations that mean nothing to the partner.
/// </summary>
public sealed record Provenance
{
    /// <summary>Id of the adapter that produced the document (<c>PE</c>).</summary>
    public required string AdapterId { get; init; }

    /// <summary>Version of that adapter.</summary>
    public required string AdapterVersion { get; init; }

    /// <summary>Name of the national format (<c>sgf-csv</c>).</summary>
    public required string SourceFormat { get; init; }

    /// <summary>Name of the source file, without folders.</summary>
    public required string SourceFile { get; init; }

    /// <summary>Identifier of the record inside the file (the national request number).</summary>
    public required string RecordId { get; init; }
}
