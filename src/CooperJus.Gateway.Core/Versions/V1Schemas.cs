using CooperJus.Gateway.Core.Validation;

namespace CooperJus.Gateway.Core.Versions;

/// <summary>
/// Validators of the v1 schemas, which check what partners that speak only v1 send before it is read as v2. Loaded once
/// (parsing a schema is the slow part) and shared: a parsed schema is immutable.
/// </summary>
public static class V1Schemas
{
    private static readonly Lazy<ISchemaValidator> _request = new(() => NJsonSchemaValidator.ForEmbedded(CanonicalSchemas.CooperationRequestV1));
    private static readonly Lazy<ISchemaValidator> _response = new(() => NJsonSchemaValidator.ForEmbedded(CanonicalSchemas.CooperationResponseV1));

    /// <summary>The cooperation-request v1 schema.</summary>
    public static ISchemaValidator Request => _request.Value;

    /// <summary>The cooperation-response v1 schema.</summary>
    public static ISchemaValidator Response => _response.Value;
}
