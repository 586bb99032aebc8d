namespace CooperJus.Gateway.Core.Validation;

/// <summary>Validates a canonical cooperation-response against its schema; each error in words with its JSON pointer.</summary>
public sealed class ResponseValidator
{
    private readonly ISchemaValidator _schema;

    /// <summary>Creates a validator over <paramref name="schema"/>.</summary>
    public ResponseValidator(ISchemaValidator schema) => _schema = schema;

    /// <summary>A validator for the embedded cooperation-response v2 schema, the version of the model.</summary>
    public static ResponseValidator CreateDefault() => new(NJsonSchemaValidator.ForEmbedded(CanonicalSchemas.CooperationResponseV2));

    /// <summary>A validator for the embedded cooperation-response v1 schema, for a version 1 response as a partner sent it.</summary>
    public static ResponseValidator CreateVersion1() => new(NJsonSchemaValidator.ForEmbedded(CanonicalSchemas.CooperationResponseV1));

    /// <summary>Every problem of <paramref name="json"/>, as readable lines; empty when valid.</summary>
    public IReadOnlyList<string> Validate(string json) =>
        _schema.Validate(json).Select(v => $"{(v.Path.Length == 0 ? "(document)" : v.Path)}: {v.Message} (rule schema)").ToList();
}
