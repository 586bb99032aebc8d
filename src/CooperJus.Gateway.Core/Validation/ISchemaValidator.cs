namespace CooperJus.Gateway.Core.Validation;

/// <summary>
/// Validates canonical JSON against a JSON Schema. Behind an interface because schema validation is the costliest
/// step of translation: a faster validator can replace NJsonSchema without touching the pipeline.
/// </summary>
public interface ISchemaValidator
{
    /// <summary>Every violation of the schema in <paramref name="json"/>; empty when it is valid.</summary>
    IReadOnlyList<SchemaViolation> Validate(string json);
}
