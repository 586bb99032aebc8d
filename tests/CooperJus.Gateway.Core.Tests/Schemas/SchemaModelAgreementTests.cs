using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Tests.Schemas;

/// <summary>
/// The C# model and the schema files say the same thing, checked by reflection over what
/// <see cref="CanonicalJson"/> actually serialises: every record reachable from the document type has a definition
/// (the document type itself is the schema's root) with exactly its JSON properties, the same required set, and a
/// matching type for each property; every enum has a definition listing exactly its canonical codes.
/// </summary>
[TestFixture]
public sealed class SchemaModelAgreementTests
{
    private static readonly (Type Document, string SchemaFile)[] _documents =
    [
        (typeof(CooperationRequest), SchemaFiles.Request),
        (typeof(CooperationResponse), SchemaFiles.Response),
    ];

    public static IEnumerable<TestCaseData> Records() =>
        from document in _documents
        from type in ModelTypes(document.Document)
        where !type.IsEnum
        select new TestCaseData(document.Document, document.SchemaFile, type).SetArgDisplayNames(document.SchemaFile, type.Name);

    public static IEnumerable<TestCaseData> Enums() =>
        from document in _documents
        from type in ModelTypes(document.Document)
        where type.IsEnum
        select new TestCaseData(document.SchemaFile, type).SetArgDisplayNames(document.SchemaFile, type.Name);

    public static IEnumerable<TestCaseData> Documents() =>
        _documents.Select(d => new TestCaseData(d.Document, d.SchemaFile).SetArgDisplayNames(d.SchemaFile));

    [TestCaseSource(nameof(Records))]
    public void Record_properties_are_the_schema_properties(Type document, string schemaFile, Type record)
    {
        var schema = SchemaFiles.Raw(schemaFile);

        var expected = JsonProperties(record).Select(p => p.Name).Order(StringComparer.Ordinal);
        var actual = SchemaProperties(DefinitionOf(schema, document, record)).Select(p => p.Key).Order(StringComparer.Ordinal);

        Assert.That(actual, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(Records))]
    public void Record_required_members_are_the_schema_required_properties(Type document, string schemaFile, Type record)
    {
        var schema = SchemaFiles.Raw(schemaFile);
        var required = JsonProperties(record).Where(p => p.IsRequired).Select(p => p.Name);
        // The version is not a C# required member (it defaults to 1.0) but a document must say which schema it follows.
        if (record == document) required = required.Append("schemaVersion");

        var actual = SchemaDocument.Strings(DefinitionOf(schema, document, record)["required"]);

        Assert.That(actual.Order(StringComparer.Ordinal), Is.EqualTo(required.Order(StringComparer.Ordinal)));
    }

    [TestCaseSource(nameof(Records))]
    public void Record_property_types_match_the_schema(Type document, string schemaFile, Type record)
    {
        var properties = SchemaProperties(DefinitionOf(SchemaFiles.Raw(schemaFile), document, record));

        var mismatches = JsonProperties(record)
            .Where(p => properties.ContainsKey(p.Name))
            .Select(p => (p.Name, Problem: TypeMismatch(p.PropertyType, properties[p.Name]!.AsObject())))
            .Where(m => m.Problem is not null)
            .Select(m => $"{m.Name}: {m.Problem}");

        Assert.That(mismatches, Is.Empty);
    }

    [TestCaseSource(nameof(Records))]
    public void Record_properties_are_serialised_under_their_camelCase_names(Type document, string schemaFile, Type record)
    {
        var clrNames = record.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));

        Assert.That(JsonProperties(record).Select(p => p.Name), Is.EquivalentTo(clrNames));
    }

    [TestCaseSource(nameof(Enums))]
    public void Enum_codes_are_the_schema_enumeration(string schemaFile, Type enumType)
    {
        var definition = SchemaFiles.Raw(schemaFile).Definition(DefinitionName(enumType));
        var codes = (IReadOnlyList<string>)typeof(CanonicalCodes).GetMethod(nameof(CanonicalCodes.All))!.MakeGenericMethod(enumType).Invoke(null, null)!;

        Assert.Multiple(() =>
        {
            Assert.That(definition["type"]?.GetValue<string>(), Is.EqualTo("string"));
            Assert.That(SchemaDocument.Strings(definition["enum"]), Is.EqualTo(codes));
        });
    }

    [TestCaseSource(nameof(Documents))]
    public void Schema_defines_nothing_the_model_does_not_have(Type document, string schemaFile)
    {
        var modelNames = ModelTypes(document).Where(t => t != document).Select(DefinitionName);

        Assert.That(SchemaFiles.Raw(schemaFile).Definitions.Select(d => d.Key), Is.EquivalentTo(modelNames));
    }

    [TestCaseSource(nameof(Documents))]
    public void Schema_version_is_the_model_constant(Type document, string schemaFile)
    {
        var constant = (string)document.GetField("CurrentSchemaVersion")!.GetRawConstantValue()!;
        var version = SchemaFiles.Raw(schemaFile).Root["properties"]!["schemaVersion"]!;

        Assert.That(SchemaDocument.Strings(version["enum"]), Is.EqualTo(new[] { constant }));
    }

    /// <summary>The model types reachable from <paramref name="document"/> through its properties, itself included.</summary>
    private static IReadOnlyList<Type> ModelTypes(Type document)
    {
        var found = new List<Type> { document };
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].IsEnum) continue;
            foreach (var property in found[i].GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var type = ElementType(property.PropertyType);
                if (type.Namespace == typeof(CooperationRequest).Namespace && !found.Contains(type)) found.Add(type);
            }
        }
        return found;
    }

    /// <summary>The type itself, or what a nullable or a list holds.</summary>
    private static Type ElementType(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return ListElement(underlying) is { } element ? ElementType(element) : underlying;
    }

    private static Type? ListElement(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    private static string DefinitionName(Type type) => JsonNamingPolicy.CamelCase.ConvertName(type.Name);

    private static JsonObject DefinitionOf(SchemaDocument schema, Type document, Type record) =>
        record == document ? schema.Root : schema.Definition(DefinitionName(record));

    private static JsonObject SchemaProperties(JsonObject definition) => definition["properties"]?.AsObject() ?? [];

    private static IList<JsonPropertyInfo> JsonProperties(Type record) => CanonicalJson.Options.GetTypeInfo(record).Properties;

    /// <summary>Why <paramref name="property"/> does not describe how a value of <paramref name="type"/> is written, or null when it does.</summary>
    private static string? TypeMismatch(Type type, JsonObject property)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var jsonType = property["type"]?.GetValue<string>();
        var format = property["format"]?.GetValue<string>();
        var reference = SchemaDocument.ReferencedDefinition(property);
        if (ListElement(type) is { } element)
        {
            return jsonType != "array" ? $"expected an array, the schema says {jsonType}"
                : property["items"] is JsonObject items ? TypeMismatch(element, items) : "the array has no items schema";
        }
        (string? Type, string? Format, string? Reference) expected = type switch
        {
            // E-mail is the one plain string the schema refines with a format.
            _ when type == typeof(string) => ("string", format == "email" ? "email" : null, null),
            _ when type == typeof(bool) => ("boolean", null, null),
            _ when type == typeof(int) || type == typeof(long) => ("integer", null, null),
            _ when type == typeof(DateOnly) => ("string", "date", null),
            _ when type == typeof(DateTimeOffset) => ("string", "date-time", null),
            _ when type.Namespace == typeof(CooperationRequest).Namespace => (null, null, DefinitionName(type)),
            _ => throw new NotSupportedException($"No schema mapping is known for {type}; add one here."),
        };
        return (jsonType, format, reference) == expected ? null : $"expected {expected}, the schema says {(jsonType, format, reference)}";
    }
}
