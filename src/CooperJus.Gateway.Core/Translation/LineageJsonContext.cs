using System.Text.Json.Serialization;

namespace CooperJus.Gateway.Core.Translation;

/// <summary>
/// Source-generated serialisation of lineage files with the canonical settings (camelCase, nulls omitted). A lineage is
/// several times the size of its document, and the reflection serialiser made it the largest cost of translation
/// (see tests/CooperJus.Gateway.Benchmarks).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LineageDocument))]
internal sealed partial class LineageJsonContext : JsonSerializerContext;
