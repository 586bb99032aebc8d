using System.Text.Json.Serialization;
using CooperJus.Gateway.Sdk.Lineage;

namespace CooperJus.Gateway.Core.Translation;

/// <summary>
/// The lineage file written beside each canonical document: canonical field ← source field, conversion. Its JSON names
/// the source file once, at the top (see <see cref="LineageDocumentJsonConverter"/>).
/// </summary>
[JsonConverter(typeof(LineageDocumentJsonConverter))]
public sealed record LineageDocument
{
    /// <summary>The request the lineage belongs to.</summary>
    public required string RequestId { get; init; }

    /// <summary>The national file the request was read from.</summary>
    public required string SourceFile { get; init; }

    /// <summary>One entry per canonical field filled.</summary>
    public required IReadOnlyList<LineageEntry> Entries { get; init; }
}
