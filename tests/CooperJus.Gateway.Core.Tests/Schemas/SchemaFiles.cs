using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace CooperJus.Gateway.Core.Tests.Schemas;

/// <summary>
/// The schema files as they stand in the repository's <c>schemas/</c> folder. Tests read them from disk rather than
/// from the core's embedded resources so they check exactly what partners download.
/// </summary>
internal static class SchemaFiles
{
    /// <summary>The request schema the model follows (version 2).</summary>
    public const string Request = "cooperation-request.v2.schema.json";

    /// <summary>The response schema the model follows (version 2).</summary>
    public const string Response = "cooperation-response.v2.schema.json";

    /// <summary>The version 1 request schema, kept for partners that speak only version 1.</summary>
    public const string RequestV1 = "cooperation-request.v1.schema.json";

    /// <summary>The version 1 response schema, kept for partners that speak only version 1.</summary>
    public const string ResponseV1 = "cooperation-response.v1.schema.json";

    private static readonly Lazy<string> _repositoryRoot = new(FindRepositoryRoot);
    private static readonly ConcurrentDictionary<string, Lazy<Task<JsonSchema>>> _schemas = new(StringComparer.Ordinal);

    /// <summary>Every canonical schema file of either version, for tests about what is written in the files themselves.</summary>
    public static IReadOnlyList<string> All { get; } = [Request, Response, RequestV1, ResponseV1];

    public static string RepositoryRoot => _repositoryRoot.Value;

    public static string PathOf(string fileName) => Path.Combine(RepositoryRoot, "schemas", fileName);

    /// <summary>The schema as NJsonSchema reads it, loaded once per file: parsing is the slow part of validation.</summary>
    public static Task<JsonSchema> LoadAsync(string fileName) =>
        _schemas.GetOrAdd(fileName, name => new Lazy<Task<JsonSchema>>(() => JsonSchema.FromFileAsync(PathOf(name)))).Value;

    /// <summary>The schema as plain JSON, for tests about what is written in it rather than what it accepts.</summary>
    public static SchemaDocument Raw(string fileName) =>
        new((JsonNode.Parse(File.ReadAllText(PathOf(fileName))) ?? throw new InvalidDataException($"{fileName} is the JSON literal null.")).AsObject());

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CooperJus.Gateway.sln"))) return directory.FullName;
        }
        throw new DirectoryNotFoundException($"No folder above {TestContext.CurrentContext.TestDirectory} holds CooperJus.Gateway.sln.");
    }
}
