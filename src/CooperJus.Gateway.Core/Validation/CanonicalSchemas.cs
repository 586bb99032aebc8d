using System.Reflection;

namespace CooperJus.Gateway.Core.Validation;

/// <summary>The canonical JSON Schemas, embedded from <c>schemas/</c> at build time.</summary>
public static class CanonicalSchemas
{
    /// <summary>Resource name of the cooperation-request v2 schema, the version the model follows.</summary>
    public const string CooperationRequestV2 = "schemas/cooperation-request.v2.schema.json";

    /// <summary>Resource name of the cooperation-response v2 schema, the version the model follows.</summary>
    public const string CooperationResponseV2 = "schemas/cooperation-response.v2.schema.json";

    /// <summary>
    /// Resource name of the cooperation-request v1 schema: for a document received from a partner that speaks only
    /// version 1, validated as it came before it is upgraded to the model.
    /// </summary>
    public const string CooperationRequestV1 = "schemas/cooperation-request.v1.schema.json";

    /// <summary>Resource name of the cooperation-response v1 schema, for version 1 responses from partners (see <see cref="CooperationRequestV1"/>).</summary>
    public const string CooperationResponseV1 = "schemas/cooperation-response.v1.schema.json";

    /// <summary>The text of an embedded schema.</summary>
    /// <exception cref="InvalidOperationException">The schema was not embedded (a broken build).</exception>
    public static string Read(string resourceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Schema resource '{resourceName}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
