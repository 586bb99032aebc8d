namespace CooperJus.Gateway.Benchmarks.Generic;

/// <summary>The shape of a national export, which decides how a generic file is replicated and what its floor is.</summary>
internal enum SourceShape
{
    /// <summary>A root element holding one element per request.</summary>
    Xml,

    /// <summary>A root array of requests, or a root object with an array property holding them.</summary>
    Json,

    /// <summary>One JSON value per line.</summary>
    JsonLines,

    /// <summary>A header row, then data rows (one request may take several).</summary>
    Csv,
}
