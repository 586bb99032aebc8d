using CooperJus.Gateway.Core.Validation;

namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>
/// A schema validator that accepts everything: plugged into <see cref="RequestValidator"/> it leaves the semantic
/// rules and lineage attribution running, so the pipeline is measured without JSON Schema validation.
/// </summary>
internal sealed class NoSchemaValidator : ISchemaValidator
{
    public static NoSchemaValidator Instance { get; } = new();

    public IReadOnlyList<SchemaViolation> Validate(string json) => [];
}
