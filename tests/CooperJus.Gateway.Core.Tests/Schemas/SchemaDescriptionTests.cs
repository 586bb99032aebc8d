using System.Text.Json.Nodes;

namespace CooperJus.Gateway.Core.Tests.Schemas;

/// <summary>
/// The schemas are the partners' documentation: every definition, every property and every inline list item says
/// what it is, in a sentence.
/// </summary>
[TestFixture]
public sealed class SchemaDescriptionTests
{
    [TestCaseSource(typeof(SchemaFiles), nameof(SchemaFiles.All))]
    public void Every_definition_and_property_has_a_description(string schemaFile)
    {
        var undocumented = SchemaFiles.Raw(schemaFile).Subschemas()
            .Where(s => IsDocumentable(s.Location, s.Schema) && string.IsNullOrWhiteSpace(Description(s.Schema)))
            .Select(s => s.Location);

        Assert.That(undocumented, Is.Empty);
    }

    [TestCaseSource(typeof(SchemaFiles), nameof(SchemaFiles.All))]
    public void Descriptions_are_sentences(string schemaFile)
    {
        var fragments = SchemaFiles.Raw(schemaFile).Subschemas()
            .Where(s => Description(s.Schema) is { } text && !(char.IsUpper(text[0]) && text.EndsWith('.')))
            .Select(s => $"{s.Location}: {Description(s.Schema)}");

        Assert.That(fragments, Is.Empty);
    }

    [TestCaseSource(typeof(SchemaFiles), nameof(SchemaFiles.All))]
    public void Root_has_a_title(string schemaFile) =>
        Assert.That(SchemaFiles.Raw(schemaFile).Root["title"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty);

    /// <summary>
    /// Items that are only a <c>$ref</c> take their description from the definition (and from the array property
    /// that holds them), so they need none of their own.
    /// </summary>
    private static bool IsDocumentable(string location, JsonObject schema) =>
        !(location.EndsWith("/items", StringComparison.Ordinal) && SchemaDocument.ReferencedDefinition(schema) is not null);

    private static string? Description(JsonObject schema) =>
        schema["description"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
