namespace CooperJus.Gateway.Sdk.Adapters;

/// <summary>The national response format of an <see cref="IResponseAdapter"/>.</summary>
public sealed record ResponseFormatDescriptor
{
    /// <summary>Name of the national response format (<c>sgf-respuesta-csv</c>).</summary>
    public required string SourceFormat { get; init; }

    /// <summary>Media type of the national response files (<c>text/csv</c>, <c>application/json</c>, <c>application/xml</c>).</summary>
    public required string MediaType { get; init; }

    /// <summary>
    /// Glob patterns of the national response file names (<c>respuestas_*.csv</c>). They must not match the request
    /// patterns of <see cref="AdapterDescriptor.FilePatterns"/>: the intake tells a response file from a request export
    /// by its name. The first is used to name rendered files.
    /// </summary>
    public required IReadOnlyList<string> FilePatterns { get; init; }
}
