using System.Text.Json.Nodes;

namespace CooperJus.Gateway.Core.Tests.Schemas;

/// <summary>
/// The schemas stay within what NJsonSchema, ajv and Python's jsonschema all read the same way, so a partner without
/// this gateway validates exactly as we do. Each rule below comes from a place where they differ.
/// </summary>
[TestFixture]
public sealed class SchemaPortabilityTests
{
    /// <summary>
    /// Plain draft-07 keywords. Not <c>const</c>, <c>if</c>/<c>then</c>, <c>dependencies</c>, <c>contains</c> or
    /// <c>propertyNames</c>: NJsonSchema 11 ignores them when validating, so other validators would be stricter.
    /// </summary>
    private static readonly HashSet<string> _allowedKeywords = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "title", "description", "examples", "type", "properties", "required", "additionalProperties",
        "enum", "pattern", "format", "minLength", "maxLength", "minItems", "minimum", "items", "definitions", "$ref",
    };

    [TestCaseSource(typeof(SchemaFiles), nameof(SchemaFiles.All))]
    public void Declares_draft_07_and_a_versioned_id(string schemaFile)
    {
        var root = SchemaFiles.Raw(schemaFile).Root;
        var name = schemaFile[..schemaFile.IndexOf(".v", StringComparison.Ordinal)];
        // cooperation-request.v2.schema.json → v2
        var version = schemaFile.Split('.')[1];

        Assert.Multiple(() =>
        {
            Assert.That(root["$schema"]?.GetValue<string>(), Is.EqualTo("http://json-schema.org/draft-07/schema#"));
            Assert.That(root["$id"]?.GetValue<string>(), Is.EqualTo($"https://schemas.cooperjus.org/{name}/{version}"));
        });
    }

    [TestCaseSource(typeof(SchemaFiles), nameof(SchemaFiles.All))]
    public void Uses_only_plain_draft_07_keywords(string schemaFile)
    {
        var unexpected = SchemaFiles.Raw(schemaFile).Subschemas()
            .SelectMany(s => s.Schema.Select(p => p.Key).Where(k => !_allowedKeywords.Contains(k)).Select(k => $"{s.Location}: {k}"));

        Assert.That(unexpected, Is.Empty);
    }

    [TestCaseSource(typeof(SchemaFiles), nameof(SchemaFiles.All))]
    public void Every_object_is_closed(string schemaFile)
    {
        var open = SchemaFiles.Raw(schemaFile).Subschemas()
            .Where(s => s.Schema["type"]?.GetValue<string>() == "object" && s.Schema["additionalProperties"]?.GetValueKind() != System.Text.Json.JsonValueKind.False)
            .Select(s => s.Location);

        Assert.That(open, Is.Empty);
    }

    /// <summary>In draft-07 everything beside a <c>$ref</c> is ignored; only annotations may sit there, so no validator applies more.</summary>
    [TestCaseSource(typeof(SchemaFiles), nameof(SchemaFiles.All))]
    public void References_carry_nothing_but_annotations(string schemaFile)
    {
        var crowded = SchemaFiles.Raw(schemaFile).Subschemas()
            .Where(s => s.Schema.ContainsKey("$ref") && s.Schema.Any(p => p.Key is not ("$ref" or "description" or "examples")))
            .Select(s => s.Location);

        Assert.That(crowded, Is.Empty);
    }

    /// <summary>
    /// NJsonSchema's date-time format accepts "2024" and "2024-03-15", ajv's does not, and format assertion is off by
    /// default in ajv and jsonschema: a pattern makes the shape of every date the same everywhere.
    /// </summary>
    [TestCaseSource(typeof(SchemaFiles), nameof(SchemaFiles.All))]
    public void Dates_and_instants_also_carry_a_pattern(string schemaFile)
    {
        var unpatterned = SchemaFiles.Raw(schemaFile).Subschemas()
            .Where(s => s.Schema["format"]?.GetValue<string>() is "date" or "date-time" && s.Schema["pattern"] is null)
            .Select(s => s.Location);

        Assert.That(unpatterned, Is.Empty);
    }

    [TestCaseSource(typeof(SchemaFiles), nameof(SchemaFiles.All))]
    public void Uses_only_formats_every_validator_knows(string schemaFile)
    {
        var formats = SchemaFiles.Raw(schemaFile).Subschemas()
            .Select(s => s.Schema["format"]?.GetValue<string>())
            .OfType<string>()
            .Distinct();

        Assert.That(formats, Is.SubsetOf(new[] { "date", "date-time", "email" }));
    }

    /// <summary>
    /// Patterns are ECMA-262 for ajv but .NET regexes for NJsonSchema and Python regexes for jsonschema. <c>\d</c>
    /// matches any Unicode digit in the last two and <c>\w</c>, <c>\s</c>, <c>\b</c> differ too, so character classes
    /// are spelt out; every pattern is anchored at both ends.
    /// </summary>
    [TestCaseSource(typeof(SchemaFiles), nameof(SchemaFiles.All))]
    public void Patterns_are_anchored_and_avoid_dialect_dependent_escapes(string schemaFile)
    {
        var risky = SchemaFiles.Raw(schemaFile).Subschemas()
            .Select(s => (s.Location, Pattern: s.Schema["pattern"]?.GetValue<string>()))
            .Where(p => p.Pattern is { } pattern
                && (!pattern.StartsWith('^') || !pattern.EndsWith('$') || new[] { @"\d", @"\w", @"\s", @"\b", @"\D", @"\W", @"\S" }.Any(e => pattern.Contains(e, StringComparison.Ordinal))))
            .Select(p => $"{p.Location}: {p.Pattern}");

        Assert.That(risky, Is.Empty);
    }
}
