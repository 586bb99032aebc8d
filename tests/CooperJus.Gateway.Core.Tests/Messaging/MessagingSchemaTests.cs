using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Tests.Schemas;
using CooperJus.Gateway.Core.Validation;

namespace CooperJus.Gateway.Core.Tests.Messaging;

/// <summary>
/// <c>envelope.v1.schema.json</c> and <c>receipt.v1.schema.json</c> describe exactly what the signers write, and
/// follow the same house rules as the canonical schemas (checked by running those rules' tests on them).
/// </summary>
[TestFixture]
public sealed class MessagingSchemaTests
{
    private const string EnvelopeSchema = "envelope.v1.schema.json";
    private const string ReceiptSchema = "receipt.v1.schema.json";

    public static IEnumerable<string> Files { get; } = [EnvelopeSchema, ReceiptSchema];

    [Test]
    public async Task Signed_envelope_payload_validates_against_the_envelope_schema()
    {
        using var world = new MessagingWorld();
        var payload = Jws.PayloadText(world.SealRequest().Jws);

        var errors = (await SchemaFiles.LoadAsync(EnvelopeSchema)).Validate(payload);

        Assert.That(errors, Is.Empty, ValidationErrors.Describe(errors));
    }

    [Test]
    public async Task Every_kind_of_signed_receipt_validates_against_the_receipt_schema()
    {
        using var world = new MessagingWorld();
        var (_, received, accepted) = await world.DeliverAsync();
        var unreadable = world.SpainReceipts.Reject(await world.SpainReceives("abcd.abcd.abcd"));
        var duplicate = world.SpainReceipts.Duplicate(received, accepted.Jws);
        var schema = await SchemaFiles.LoadAsync(ReceiptSchema);

        var errors = new[] { accepted, unreadable, duplicate }.SelectMany(r => schema.Validate(Jws.PayloadText(r.Jws)));

        Assert.That(errors, Is.Empty, ValidationErrors.Describe(errors));
    }

    [Test]
    public async Task Signed_receipts_use_every_property_the_receipt_schema_defines()
    {
        using var world = new MessagingWorld();
        var (_, received, accepted) = await world.DeliverAsync();
        var rejected = world.SpainReceipts.Reject(received, [new ProtocolError("schema", "bad")]);
        var duplicate = world.SpainReceipts.Duplicate(received, accepted.Jws);
        var schema = SchemaFiles.Raw(ReceiptSchema);

        var used = new[] { rejected, duplicate }.SelectMany(r => SchemaCoverage.PropertiesUsed(schema, JsonNode.Parse(Jws.PayloadText(r.Jws))));

        Assert.That(SchemaCoverage.AllProperties(schema).Except(used), Is.Empty);
    }

    [TestCase(EnvelopeSchema, "messageId", "0197301C-3F00-7A2B-9C4D-5E6F7A8B9C0D")]
    [TestCase(EnvelopeSchema, "type", "request")]
    [TestCase(EnvelopeSchema, "from", "PE")]
    [TestCase(EnvelopeSchema, "createdAt", "2025-06-02T09:00:00")]
    [TestCase(ReceiptSchema, "outcome", "ok")]
    [TestCase(ReceiptSchema, "payloadSha256", "ABC")]
    public async Task Schema_refuses_what_the_verifiers_refuse(string schemaFile, string property, string value)
    {
        using var world = new MessagingWorld();
        var (_, _, receipt) = await world.DeliverAsync();
        var document = JsonNode.Parse(Jws.PayloadText(schemaFile == EnvelopeSchema ? world.SealRequest().Jws : receipt.Jws))!.AsObject();
        document[property] = value;

        var errors = (await SchemaFiles.LoadAsync(schemaFile)).Validate(document.ToJsonString());

        Assert.That(errors, Is.Not.Empty);
    }

    [Test]
    public void Envelope_schema_lists_the_envelope_properties_all_required() =>
        Assert.That(Properties(EnvelopeSchema, "required"), Is.EquivalentTo(new[] { "messageId", "type", "from", "to", "createdAt", "payload" }));

    [Test]
    public void Receipt_schema_requires_what_every_receipt_carries()
    {
        var schema = SchemaFiles.Raw(ReceiptSchema).Root;

        Assert.Multiple(() =>
        {
            Assert.That(Properties(ReceiptSchema, "required"), Is.EquivalentTo(new[] { "receiver", "receivedAt", "payloadSha256", "outcome", "errors" }));
            Assert.That(schema["properties"]!.AsObject().Select(p => p.Key), Is.EquivalentTo(new[]
            {
                "messageId", "receiver", "sender", "receivedAt", "payloadSha256", "outcome", "errors", "originalReceipt",
            }));
        });
    }

    [Test]
    public void Message_types_and_outcomes_are_the_schema_enums()
    {
        var type = SchemaFiles.Raw(EnvelopeSchema).Root["properties"]!["type"]!["enum"];
        var outcome = SchemaFiles.Raw(ReceiptSchema).Root["properties"]!["outcome"]!["enum"];

        Assert.Multiple(() =>
        {
            Assert.That(SchemaDocument.Strings(type), Is.EqualTo(new[] { "cooperation-request", "cooperation-response" }));
            Assert.That(SchemaDocument.Strings(outcome), Is.EqualTo(new[] { "accepted", "rejected", "duplicate" }));
            Assert.That(Enum.GetNames<MessageType>(), Has.Length.EqualTo(2));
            Assert.That(Enum.GetNames<ReceiptOutcome>(), Has.Length.EqualTo(3));
        });
    }

    [Test]
    public void Every_messaging_rule_id_has_the_shape_the_receipt_schema_allows()
    {
        var pattern = SchemaFiles.Raw(ReceiptSchema).Definition("error")["properties"]!["rule"]!["pattern"]!.GetValue<string>();
        var ruleIds = typeof(MessagingRules).GetFields().Select(f => (string)f.GetRawConstantValue()!);

        Assert.That(ruleIds, Has.All.Match(pattern));
    }

    [TestCaseSource(nameof(Files))]
    public void Schema_is_embedded_in_the_core_as_it_stands_in_the_repository(string schemaFile) =>
        Assert.That(CanonicalSchemas.Read("schemas/" + schemaFile), Is.EqualTo(File.ReadAllText(SchemaFiles.PathOf(schemaFile))));

    [TestCaseSource(nameof(Files))]
    public void Follows_the_house_rules_for_descriptions(string schemaFile)
    {
        var rules = new SchemaDescriptionTests();
        rules.Every_definition_and_property_has_a_description(schemaFile);
        rules.Descriptions_are_sentences(schemaFile);
        rules.Root_has_a_title(schemaFile);
    }

    [TestCaseSource(nameof(Files))]
    public void Follows_the_house_rules_for_portability(string schemaFile)
    {
        var rules = new SchemaPortabilityTests();
        rules.Declares_draft_07_and_a_versioned_id(schemaFile);
        rules.Uses_only_plain_draft_07_keywords(schemaFile);
        rules.Every_object_is_closed(schemaFile);
        rules.References_carry_nothing_but_annotations(schemaFile);
        rules.Dates_and_instants_also_carry_a_pattern(schemaFile);
        rules.Uses_only_formats_every_validator_knows(schemaFile);
        rules.Patterns_are_anchored_and_avoid_dialect_dependent_escapes(schemaFile);
    }

    private static IReadOnlyList<string> Properties(string schemaFile, string member) => SchemaDocument.Strings(SchemaFiles.Raw(schemaFile).Root[member]);
}
