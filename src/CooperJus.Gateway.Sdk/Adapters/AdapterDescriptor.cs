namespace CooperJus.Gateway.Sdk.Adapters;

/// <summary>What the gateway and its operators need to know about an adapter.</summary>
public sealed record AdapterDescriptor
{
    /// <summary>Short unique id used on the command line (<c>PE</c>); by convention the ISO country code.</summary>
    public required string Id { get; init; }

    /// <summary>Adapter version (semantic versioning). Goes into every document's provenance.</summary>
    public required string Version { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the country whose national system the adapter speaks.</summary>
    public required string Country { get; init; }

    /// <summary>Human name of the national system (<c>Ministerio Público, SGF</c>).</summary>
    public required string DisplayName { get; init; }

    /// <summary>Name of the national format (<c>sgf-csv</c>), recorded in provenance.</summary>
    public required string SourceFormat { get; init; }

    /// <summary>Media type of the national files (<c>text/csv</c>, <c>application/json</c>, <c>application/xml</c>).</summary>
    public required string MediaType { get; init; }

    /// <summary>Glob patterns of the national file names (<c>solicitudes_*.csv</c>); the first is used to name rendered files.</summary>
    public required IReadOnlyList<string> FilePatterns { get; init; }
}
