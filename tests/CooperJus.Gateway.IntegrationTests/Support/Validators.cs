using CooperJus.Gateway.Core.Validation;

namespace CooperJus.Gateway.IntegrationTests.Support;

/// <summary>The schema validator, loaded once (parsing the schema is the slow part).</summary>
public static class Validators
{
    private static readonly Lazy<ISchemaValidator> Shared = new(() => NJsonSchemaValidator.ForEmbedded(CanonicalSchemas.CooperationRequestV2));

    public static ISchemaValidator Schema => Shared.Value;
}
