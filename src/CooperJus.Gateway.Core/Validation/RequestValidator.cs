using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Lineage;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Validation;

/// <summary>
/// Validates a canonical request: the JSON Schema first, then the semantic rules. Every problem names the canonical
/// path and, through the lineage, the source file, row or path, field and value as written.
/// </summary>
public sealed class RequestValidator
{
    private readonly ISchemaValidator _schema;
    private readonly TimeProvider _clock;

    /// <summary>Creates a validator using <paramref name="schema"/> and <paramref name="clock"/> for "today".</summary>
    public RequestValidator(ISchemaValidator schema, TimeProvider clock)
    {
        _schema = schema;
        _clock = clock;
    }

    /// <summary>
    /// A validator for the embedded cooperation-request v2 schema (the version of the model) and the system clock. A
    /// version 1 document is checked with <c>NJsonSchemaValidator.ForEmbedded(CanonicalSchemas.CooperationRequestV1)</c>
    /// and validated here once upgraded.
    /// </summary>
    public static RequestValidator CreateDefault(TimeProvider? clock = null) =>
        new(NJsonSchemaValidator.ForEmbedded(CanonicalSchemas.CooperationRequestV2), clock ?? TimeProvider.System);

    /// <summary>Validates a request built by an adapter; <paramref name="json"/> is its canonical serialisation.</summary>
    public IReadOnlyList<Problem> Validate(CooperationRequest request, string json, IReadOnlyList<LineageEntry> lineage)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        return SchemaProblems(json).Concat(SemanticRules.Check(request, today)).Select(p => Attribute(p, lineage)).ToList();
    }

    /// <summary>
    /// Validates canonical JSON from anywhere (a file, a partner). Semantic rules run only when the JSON is schema-valid
    /// and reads as a request.
    /// </summary>
    public IReadOnlyList<Problem> ValidateJson(string json, IReadOnlyList<LineageEntry>? lineage = null)
    {
        var schemaProblems = SchemaProblems(json).ToList();
        if (schemaProblems.Count > 0) return schemaProblems.Select(p => Attribute(p, lineage ?? [])).ToList();
        var request = CanonicalJson.Deserialize(json);
        return Validate(request, json, lineage ?? []);
    }

    private IEnumerable<Problem> SchemaProblems(string json) =>
        _schema.Validate(json).Select(v => Problem.Error(ValidationRules.Schema, $"{v.Message} ({v.Kind}).", canonicalPath: v.Path));

    /// <summary>Adds the source location of the nearest lineage entry, so the clerk sees which cell to fix.</summary>
    private static Problem Attribute(Problem problem, IReadOnlyList<LineageEntry> lineage)
    {
        if (problem.Source is not null || problem.CanonicalPath is null) return problem;
        var entry = LineageLookup.FindNearest(lineage, problem.CanonicalPath);
        return entry is { Sources.Count: > 0 } ? problem with { Source = entry.Sources[0] } : problem;
    }
}
