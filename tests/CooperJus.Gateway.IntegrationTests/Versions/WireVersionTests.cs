using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Core.Versions;
using CooperJus.Gateway.IntegrationTests.Delivery.Support;
using CooperJus.Gateway.IntegrationTests.Support;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.IntegrationTests.Versions;

/// <summary>
/// Versions on the wire, on real loopback HTTP: Peru's gateway sends what each partner reads (1.0 to a partner listed
/// as reading only 1.0, 2.0 to one that reads 2.0); the receiver validates a 1.0 payload against v1, stores it read as
/// 2.0 and keeps the envelope as received; a 1.0 response from a v1 partner is accepted; any other version is refused.
/// </summary>
[TestFixture]
public sealed class WireVersionTests
{
    private static readonly Lazy<ISchemaValidator> RequestV2 = new(() => NJsonSchemaValidator.ForEmbedded(CanonicalSchemas.CooperationRequestV2));
    private static readonly Lazy<ISchemaValidator> ResponseV2 = new(() => NJsonSchemaValidator.ForEmbedded(CanonicalSchemas.CooperationResponseV2));

    private readonly TemporaryFolder _adapters = new();
    private TestGateway _peru = null!;
    private TestGateway _spain = null!;

    [SetUp]
    public void CreateGateways()
    {
        // Both national systems speak canonical JSON (a fixture adapter): what is tested is the wire between the gateways.
        var adapters = CanonicalFixtureAdapter.CompileInto(_adapters.Path);
        _peru = TestGateway.Create("pe", "PE", CanonicalFixtureAdapter.Id).Set("Adapters:Path", adapters);
        _spain = TestGateway.Create("es", "ES", CanonicalFixtureAdapter.Id).Set("Adapters:Path", adapters);
    }

    [TearDown]
    public async Task StopGateways()
    {
        await _peru.DisposeAsync();
        await _spain.DisposeAsync();
        _adapters.Dispose();
    }

    /// <summary>A request to Spain that uses v2: a person's sex, a hearing by videoconference, an execute deadline, an investigated company.</summary>
    private static CooperationRequest V2Request(string number) => new()
    {
        RequestId = Guid.NewGuid().ToString("D"),
        IssuedOn = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime),
        CreatedAt = TimeProvider.System.GetUtcNow(),
        Language = "es",
        IssuingAuthority = new IssuingAuthority { Country = "PE", Name = "Fiscalía Provincial Penal de Cusco", CaseReference = "2506015500-2024-45-0", NationalSystem = "SGF" },
        RequestedAuthority = new RequestedAuthority { Country = "ES", Name = "Fiscalía General del Estado" },
        Urgency = new Urgency { Level = UrgencyLevel.Urgent, Deadlines = [new Deadline { Kind = DeadlineKind.Execute, By = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddMonths(2), Reason = "Plazo de investigación" }] },
        Facts = new Facts { Summary = "Extracción ilegal de bienes culturales." },
        Persons =
        [
            new Person { Ref = "p1", Role = PersonRole.Suspect, FullName = "Juan Pérez Quispe", Sex = Sex.Male },
            new Person { Ref = "p2", Role = PersonRole.Witness, FullName = "Rosa Mamani", Languages = ["qu"], InterpreterNeeded = true },
        ],
        Organisations = [new Organisation { Ref = "o1", Name = "Minera Andina SAC", Role = OrganisationRole.Investigated, Liability = LiabilityRegime.Administrative }],
        Measures =
        [
            new Measure
            {
                Type = MeasureType.WitnessHearing, Description = "Declaración de la testigo.", Subjects = [new MeasureSubject { Ref = "p2", Capacity = SubjectCapacity.PersonToHear }],
                Hearing = new HearingParticulars { Modality = HearingModality.Videoconference },
            },
            new Measure { Type = MeasureType.AssetTracing, Description = "Rastreo de bienes de la empresa.", Subjects = [new MeasureSubject { Ref = "o1" }] },
        ],
        Provenance = new Provenance { AdapterId = "CJ", AdapterVersion = "0.0.1", SourceFormat = "canonical-json", SourceFile = number + ".json", RecordId = number },
    };

    [Test]
    public async Task A_request_to_a_partner_that_reads_only_1_0_goes_as_1_0_and_is_stored_read_as_2_0()
    {
        await _spain.StartAsync(_peru.AsPartner());
        await _peru.StartAsync(_spain.AsPartner() with { SchemaVersions = ["1.0"] });

        _peru.Drop("SGF-V1-1.json", CanonicalJson.Serialize(V2Request("SGF-V1-1")));

        var received = await Eventually.Get(() => Task.FromResult(StoreInspector.Inbox(_spain.StorePath).SingleOrDefault()), "Spain to store Peru's request");
        var sent = received.SignedPayload();
        var stored = received.StoredPayload();
        var sealing = await Eventually.Get(async () => (await _peru.Store.Audit.GetEventsAsync(null, received.MessageId, CancellationToken.None)) is { Count: > 0 } e
            && e.Any(x => x.Kind == AuditEventKinds.ReceiptReceived) ? e : null, "Peru to record Spain's receipt");
        var atSpain = await _spain.Store.Audit.GetEventsAsync(null, received.MessageId, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(sent["schemaVersion"]!.GetValue<string>(), Is.EqualTo("1.0"), "the envelope as received carries what Peru sent");
            Assert.That(V1Schemas.Request.Validate(sent.ToJsonString()), Is.Empty, "what was sent is a valid v1 document");
            Assert.That(stored["schemaVersion"]!.GetValue<string>(), Is.EqualTo("2.0"));
            Assert.That(RequestV2.Value.Validate(received.Payload), Is.Empty, "what Spain stores is a valid v2 document");
            Assert.That(stored["requestId"]!.GetValue<string>(), Is.EqualTo(sent["requestId"]!.GetValue<string>()));
            Assert.That(sent["measures"]![0]!["type"]!.GetValue<string>(), Is.EqualTo("videoconference-hearing"));
            Assert.That(sent["measures"]![1]!["description"]!.GetValue<string>(), Is.EqualTo("asset-tracing: Rastreo de bienes de la empresa."));
            Assert.That(sent["urgency"]!["respondBy"], Is.Not.Null);
            Assert.That(stored["measures"]![0]!["type"]!.GetValue<string>(), Is.EqualTo("witness-hearing"), "read back as the hearing of a witness");
            Assert.That(stored["measures"]![0]!["hearing"]!["modality"]!.GetValue<string>(), Is.EqualTo("videoconference"));
            Assert.That(stored["persons"]![0]!.AsObject().ContainsKey("sex"), Is.False, "what v1 could not say stays empty");
            Assert.That(sealing.Select(e => e.Kind).TakeWhile(k => k != AuditEventKinds.DeliveryAttempted).TakeLast(2),
                Is.EqualTo(new[] { AuditEventKinds.MessageDowngraded, AuditEventKinds.MessageSealed }), "the downgrade is on record just before the sealed message");
            Assert.That(sealing.First(e => e.Kind == AuditEventKinds.MessageDowngraded).Fact("sentVersion"), Is.EqualTo("1.0"));
            Assert.That(sealing.First(e => e.Kind == AuditEventKinds.MessageDowngraded).Fact("paths"),
                Does.Contain("/persons/0/sex").And.Contain("/measures/0/subjects/0/capacity").And.Contain("/organisations/0/liability").And.Contain("/urgency/deadlines/0/reason"));
            Assert.That(atSpain.Select(e => e.Kind), Does.Contain(AuditEventKinds.MessageUpgraded));
            Assert.That(atSpain.First(e => e.Kind == AuditEventKinds.MessageUpgraded).Fact("receivedVersion"), Is.EqualTo("1.0"));
        });
    }

    [Test]
    public async Task A_request_to_a_partner_that_reads_2_0_goes_as_2_0_end_to_end()
    {
        await _spain.StartAsync(_peru.AsPartner());
        await _peru.StartAsync(_spain.AsPartner());

        _peru.Drop("SGF-V2-1.json", CanonicalJson.Serialize(V2Request("SGF-V2-1")));

        var received = await Eventually.Get(() => Task.FromResult(StoreInspector.Inbox(_spain.StorePath).SingleOrDefault()), "Spain to store Peru's request");
        var atPeru = await Eventually.Get(async () => (await _peru.Store.Audit.GetEventsAsync(null, received.MessageId, CancellationToken.None)) is { Count: > 0 } e
            && e.Any(x => x.Kind == AuditEventKinds.ReceiptReceived) ? e : null, "Peru to record Spain's receipt");
        var atSpain = await _spain.Store.Audit.GetEventsAsync(null, received.MessageId, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(received.SignedPayload()["schemaVersion"]!.GetValue<string>(), Is.EqualTo("2.0"));
            Assert.That(JsonNode.DeepEquals(received.StoredPayload(), received.SignedPayload()), Is.True, "stored as signed");
            Assert.That(RequestV2.Value.Validate(received.Payload), Is.Empty);
            Assert.That(atPeru.Select(e => e.Kind), Does.Not.Contain(AuditEventKinds.MessageDowngraded));
            Assert.That(atSpain.Select(e => e.Kind), Does.Not.Contain(AuditEventKinds.MessageUpgraded));
        });
    }

    [Test]
    public async Task A_1_0_response_from_a_partner_that_reads_only_1_0_is_accepted_and_moves_the_request()
    {
        await _spain.StartAsync(_peru.AsPartner());
        await _peru.StartAsync(_spain.AsPartner() with { SchemaVersions = ["1.0"] });
        _peru.Drop("SGF-V1-2.json", CanonicalJson.Serialize(V2Request("SGF-V1-2")));
        var requestId = (await Eventually.Get(async () => (await _spain.Store.ListRequestsAsync(new RequestQuery(Direction: RequestDirection.Incoming), CancellationToken.None)).SingleOrDefault(),
            "Spain to receive Peru's request")).RequestId;
        using var toPeru = new PartnerClient(_peru.AsPartner());
        var v1 = V1Response(requestId, "partially-executed");

        var signed = toPeru.Seal(_spain.Identity, JsonSerializer.SerializeToElement(v1), type: MessageType.CooperationResponse);
        var (status, _) = await toPeru.PostAsync(signed.Body);

        var answered = await Eventually.Get(async () => await _peru.Store.GetRequestAsync(requestId, CancellationToken.None) is { Status: RequestStatus.PartiallyExecuted } r ? r : null,
            "Peru to show the request partially executed");
        var stored = StoreInspector.Inbox(_peru.StorePath).Single(m => m.MessageType == "cooperation-response");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That(answered.Request.Direction, Is.EqualTo(RequestDirection.Outgoing));
            Assert.That(stored.SignedPayload().ToJsonString(), Is.EqualTo(v1.ToJsonString()), "the envelope is kept as received");
            Assert.That(stored.StoredPayload()["schemaVersion"]!.GetValue<string>(), Is.EqualTo("2.0"));
            Assert.That(ResponseV2.Value.Validate(stored.Payload), Is.Empty);
        });
    }

    [Test]
    public async Task A_response_to_a_partner_that_reads_only_1_0_goes_as_1_0_with_the_v2_status_in_its_message()
    {
        await _spain.StartAsync(_peru.AsPartner() with { SchemaVersions = ["1.0"] });
        await _peru.StartAsync(_spain.AsPartner());
        _peru.Drop("SGF-V1-3.json", CanonicalJson.Serialize(V2Request("SGF-V1-3")));
        var requestId = (await Eventually.Get(async () => (await _spain.Store.ListRequestsAsync(new RequestQuery(Direction: RequestDirection.Incoming), CancellationToken.None)).SingleOrDefault(),
            "Spain to receive Peru's request")).RequestId;

        _spain.Drop("aplazada.response.json", CanonicalJson.Serialize(new CooperationResponse
        {
            ResponseId = Guid.CreateVersion7().ToString("D"),
            InResponseTo = requestId,
            Status = ResponseStatus.Postponed,
            CreatedAt = TimeProvider.System.GetUtcNow(),
            RespondingAuthority = new Authority { Country = "ES", Name = "Fiscalía General del Estado" },
            Message = "Se aplaza.",
            Language = "es",
        }));

        await Eventually.Until(() => StoreInspector.Inbox(_peru.StorePath).Any(m => m.MessageType == "cooperation-response") || StoreInspector.Rejections(_peru.StorePath).Count > 0
            || FailedAtSpain().Length > 0, "Peru to store Spain's response");
        Assert.That(StoreInspector.Rejections(_peru.StorePath).Select(r => r.Reason), Is.Empty, "Peru refused nothing");
        Assert.That(FailedAtSpain().Select(File.ReadAllText), Is.Empty, "Spain's intake failed nothing");
        var received = StoreInspector.Inbox(_peru.StorePath).Single(m => m.MessageType == "cooperation-response");
        var sent = received.SignedPayload();
        var atPeru = await Eventually.Get(async () => await _peru.Store.GetRequestAsync(requestId, CancellationToken.None) is { Status: not RequestStatus.Delivered and not RequestStatus.Submitted } r ? r : null,
            "Peru to apply Spain's answer");
        var atSpain = await _spain.Store.GetRequestAsync(requestId, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(sent["schemaVersion"]!.GetValue<string>(), Is.EqualTo("1.0"));
            Assert.That(sent["status"]!.GetValue<string>(), Is.EqualTo("in-progress"));
            Assert.That(sent["message"]!.GetValue<string>(), Is.EqualTo("Status (v2): postponed.\nSe aplaza."));
            Assert.That(V1Schemas.Response.Validate(sent.ToJsonString()), Is.Empty);
            Assert.That(atSpain?.Status, Is.EqualTo(RequestStatus.Postponed), "Spain's own list keeps what its office answered");
            Assert.That(atPeru.Status, Is.EqualTo(RequestStatus.InProgress), "Peru, sent 1.0, shows what the 1.0 response says");
        });
    }

    [TestCase("3.0")]
    [TestCase("2")]
    [TestCase(null)]
    public async Task A_payload_of_a_version_this_gateway_does_not_read_is_refused_naming_the_versions_it_reads(string? version)
    {
        await _spain.StartAsync(_peru.AsPartner());
        using var toSpain = new PartnerClient(_spain.AsPartner());
        var payload = JsonSerializer.SerializeToNode(V2Request("SGF-V3-1"), CanonicalJson.CompactOptions)!.AsObject();
        if (version is null) payload.Remove("schemaVersion");
        else payload["schemaVersion"] = version;

        var (status, _) = await toSpain.PostAsync(toSpain.Seal(_peru.Identity, CanonicalRequests.Element(payload)).Body);

        var rejection = StoreInspector.Rejections(_spain.StorePath).Single();
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(422));
            Assert.That(rejection.Reason, Does.StartWith(VersionRules.Unsupported + ":").And.Contain("\"1.0\" or \"2.0\""));
            Assert.That(StoreInspector.InboxMessageIds(_spain.StorePath), Is.Empty);
        });
    }

    private string[] FailedAtSpain() =>
        Directory.Exists(Path.Combine(_spain.IntakeFolder, "failed")) ? Directory.GetFiles(Path.Combine(_spain.IntakeFolder, "failed"), "*", SearchOption.AllDirectories) : [];

    private static JsonObject V1Response(string requestId, string status) => JsonNode.Parse($$"""
        {"schemaVersion":"1.0","responseId":"{{Guid.CreateVersion7():D}}","inResponseTo":"{{requestId}}","status":"{{status}}",
         "createdAt":"{{TimeProvider.System.GetUtcNow().UtcDateTime:yyyy-MM-ddTHH:mm:ss}}Z",
         "respondingAuthority":{"country":"ES","name":"Fiscalía General del Estado"},"message":"Parte ejecutada.",
         "results":[{"measureIndex":0,"status":"executed","summary":"Hecho.","attachmentFileNames":[]}],"attachments":[],"language":"es"}
        """)!.AsObject();
}
