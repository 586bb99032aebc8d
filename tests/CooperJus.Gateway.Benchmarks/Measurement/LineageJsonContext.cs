using System.Text.Json.Serialization;
using CooperJus.Gateway.Core.Translation;

namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>
/// Source-generated serialisation of the lineage document with the canonical settings (camelCase, nulls omitted,
/// compact): what the core could use instead of the reflection-based serialiser, measured in the what-if figures.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LineageDocument))]
internal sealed partial class LineageJsonContext : JsonSerializerContext;
