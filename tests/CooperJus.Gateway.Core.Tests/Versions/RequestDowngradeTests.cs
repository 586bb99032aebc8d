using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Core.Versions;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Tests.Versions;

/// <summary>A v2 request written as v1 for a partner that reads only 1.0: each rule of the downgrade, field by field.</summary>
[TestFixture]
public sealed class RequestDowngradeTests
{
    private static readonly Person Suspect = new() { Ref = "p1", Role = PersonRole.Suspect, FullName = "Juan Pérez" };
    private static readonly Person Witness = new() { Ref = "p2", Role = PersonRole.Witness, FullName = "Rosa Quispe" };

    [Test]
    public void Writes_schema_version_1_0_and_leaves_a_request_v1_can_hold_without_notes()
    {
        var result = RequestDowngrade.Apply(VersionJson.Of(SomeRequests.Minimal()));

        Assert.That(result.Document["schemaVersion"]!.GetValue<string>(), Is.EqualTo("1.0"));
        Assert.That(result.Version, Is.EqualTo(SchemaVersions.V1));
        Assert.That(result.Notes, Is.Empty);
    }

    [Test]
    public void Maps_subjects_to_targets_and_reports_each_capacity_v1_cannot_hold()
    {
        var request = SomeRequests.Minimal() with
        {
            Persons = [Suspect, Witness],
            Measures = [new Measure { Type = MeasureType.BankInformation, Subjects = [new MeasureSubject { Ref = "p1", Capacity = SubjectCapacity.AccountHolder }, new MeasureSubject { Ref = "p2" }] }],
        };

        var result = RequestDowngrade.Apply(VersionJson.Of(request));

        Assert.That(result.Document["measures"]![0]!["targets"]!.ToJsonString(), Is.EqualTo("""["p1","p2"]"""));
        Assert.That(result.Document["measures"]![0]!.AsObject().ContainsKey("subjects"), Is.False);
        Assert.That(VersionJson.Named(result.Notes), Is.EqualTo(new[] { "version.not-carried /measures/0/subjects/0/capacity" }));
    }

    [TestCase(MeasureType.WitnessHearing, "p2", 0)]
    [TestCase(MeasureType.SuspectHearing, "p1", 0)]
    [TestCase(MeasureType.SuspectHearing, "p2", 1)]
    public void Sends_a_hearing_by_videoconference_as_videoconference_hearing(MeasureType type, string subject, int notesOnTheType)
    {
        var request = SomeRequests.Minimal() with
        {
            Persons = [Suspect, Witness],
            Measures = [new Measure { Type = type, Subjects = [new MeasureSubject { Ref = subject }], Hearing = new HearingParticulars { Modality = HearingModality.Videoconference } }],
        };

        var result = RequestDowngrade.Apply(VersionJson.Of(request));

        Assert.That(result.Document["measures"]![0]!["type"]!.GetValue<string>(), Is.EqualTo("videoconference-hearing"));
        Assert.That(result.Notes.Count(n => n.CanonicalPath == "/measures/0/type"), Is.EqualTo(notesOnTheType), "a note only when the v1 reading of the hearing differs");
        Assert.That(result.Notes.Where(n => n.CanonicalPath == "/measures/0/hearing"), Is.Empty, "the modality is carried by the type");
    }

    [Test]
    public void Reports_the_hearing_particulars_other_than_the_modality()
    {
        var request = SomeRequests.Minimal() with
        {
            Measures = [new Measure { Type = MeasureType.WitnessHearing, Hearing = new HearingParticulars { Modality = HearingModality.InPerson, Questions = ["¿Dónde estaba?"] } }],
        };

        var result = RequestDowngrade.Apply(VersionJson.Of(request));

        Assert.That(result.Document["measures"]![0]!["type"]!.GetValue<string>(), Is.EqualTo("witness-hearing"));
        Assert.That(VersionJson.Named(result.Notes), Is.EqualTo(new[] { "version.not-carried /measures/0/hearing" }));
    }

    [Test]
    public void Sends_an_investigated_organisation_as_a_suspect_and_reports_its_liability()
    {
        var request = SomeRequests.Minimal() with
        {
            Organisations = [new Organisation { Ref = "o1", Name = "Minera SAC", Role = OrganisationRole.Investigated, Liability = LiabilityRegime.Administrative }],
        };

        var result = RequestDowngrade.Apply(VersionJson.Of(request));

        Assert.That(result.Document["organisations"]![0]!["role"]!.GetValue<string>(), Is.EqualTo("suspect"));
        Assert.That(VersionJson.Named(result.Notes), Is.EqualTo(new[] { "version.not-carried /organisations/0/liability" }));
    }

    [Test]
    public void Sends_the_earliest_execute_deadline_as_respondBy_and_reports_the_others()
    {
        var request = SomeRequests.Minimal() with
        {
            Urgency = new Urgency
            {
                Level = UrgencyLevel.Urgent,
                Deadlines =
                [
                    new Deadline { Kind = DeadlineKind.Acknowledge, By = new DateOnly(2024, 3, 22) },
                    new Deadline { Kind = DeadlineKind.Execute, By = new DateOnly(2024, 6, 1) },
                    new Deadline { Kind = DeadlineKind.Execute, By = new DateOnly(2024, 5, 1), Reason = "Prisión preventiva vence" },
                ],
            },
        };

        var result = RequestDowngrade.Apply(VersionJson.Of(request));

        Assert.That(result.Document["urgency"]!.ToJsonString(), Is.EqualTo("""{"level":"urgent","respondBy":"2024-05-01"}"""));
        Assert.That(VersionJson.Named(result.Notes), Is.EqualTo(new[]
        {
            "version.not-carried /urgency/deadlines/0", "version.not-carried /urgency/deadlines/1", "version.not-carried /urgency/deadlines/2/reason",
        }));
    }

    [TestCase(MeasureType.DataPreservation, "data-preservation")]
    [TestCase(MeasureType.StoredContentProduction, "stored-content-production")]
    [TestCase(MeasureType.TemporaryTransferOfDetainedPerson, "temporary-transfer-of-detained-person")]
    [TestCase(MeasureType.LocationOfPersons, "location-of-persons")]
    [TestCase(MeasureType.Inspection, "inspection")]
    [TestCase(MeasureType.AssetTracing, "asset-tracing")]
    [TestCase(MeasureType.AssetReturn, "asset-return")]
    public void Sends_a_measure_type_v1_lacks_as_other_with_the_type_at_the_start_of_its_description(MeasureType type, string code)
    {
        var request = SomeRequests.Minimal() with
        {
            Measures = [new Measure { Type = type, Description = "Lo que se pide.", Formalities = "Con presencia del fiscal." }],
        };

        var result = RequestDowngrade.Apply(VersionJson.Of(request));

        var measure = result.Document["measures"]![0]!;
        Assert.That(measure["type"]!.GetValue<string>(), Is.EqualTo("other"));
        Assert.That(measure["description"]!.GetValue<string>(), Is.EqualTo($"{code}: Lo que se pide."));
        Assert.That(measure["formalities"]!.GetValue<string>(), Is.EqualTo("Con presencia del fiscal."));
        Assert.That(VersionJson.Named(result.Notes), Is.EqualTo(new[] { "version.changed /measures/0/type" }));
    }

    [Test]
    public void Names_a_measure_type_v1_lacks_in_the_description_of_a_measure_without_one()
    {
        var request = SomeRequests.Minimal() with { Measures = [new Measure { Type = MeasureType.AssetTracing, NationalCode = "RASTREO" }] };

        var result = RequestDowngrade.Apply(VersionJson.Of(request));

        Assert.That(result.Document["measures"]![0]!.ToJsonString(), Is.EqualTo("""{"type":"other","nationalCode":"RASTREO","description":"asset-tracing","targets":[]}"""));
    }

    [Test]
    public void Writes_the_purpose_of_a_measure_at_the_end_of_its_description()
    {
        var request = SomeRequests.Minimal() with { Measures = [new Measure { Type = MeasureType.BankInformation, Description = "Extractos.", Purpose = "Rastrear el pago." }] };

        var result = RequestDowngrade.Apply(VersionJson.Of(request));

        Assert.That(result.Document["measures"]![0]!["description"]!.GetValue<string>(), Is.EqualTo("Extractos.\nPurpose: Rastrear el pago."));
        Assert.That(VersionJson.Named(result.Notes), Is.EqualTo(new[] { "version.carried-as-text /measures/0/purpose" }));
    }

    [Test]
    public void Reports_each_person_field_v1_lacks_by_its_canonical_path()
    {
        var request = SomeRequests.Minimal() with
        {
            Persons = [Witness, Suspect with { Sex = Sex.Male, Languages = ["qu"], Minor = false, Custody = CustodyStatus.PreTrialDetention }],
        };

        var result = RequestDowngrade.Apply(VersionJson.Of(request));

        Assert.That(VersionJson.Named(result.Notes), Is.EqualTo(new[]
        {
            "version.not-carried /persons/1/sex", "version.not-carried /persons/1/languages", "version.not-carried /persons/1/minor", "version.not-carried /persons/1/custody",
        }));
        Assert.That(result.Notes.All(n => !n.Message.Contains("Juan", StringComparison.Ordinal) && !n.Message.Contains("qu\"", StringComparison.Ordinal)), "notes name paths, never values");
    }

    [Test]
    public void Leaves_out_empty_v2_fields_without_a_note()
    {
        var result = RequestDowngrade.Apply(VersionJson.Of(SomeRequests.Minimal() with { Persons = [Witness] }));

        Assert.That(result.Document["persons"]![0]!.AsObject().ContainsKey("languages"), Is.False);
        Assert.That(result.Notes, Is.Empty);
    }

    [Test]
    public async Task Makes_a_valid_v1_document_of_a_request_using_every_v2_field()
    {
        var full = VersionJson.Of(SomeRequests.Full());

        var result = RequestDowngrade.Apply(full);

        Assert.That(await VersionJson.ViolationsAsync(VersionJson.RequestV1, result.Document), Is.Empty, result.Document.ToJsonString());
        Assert.That(result.Notes.Select(n => n.CanonicalPath), Does.Contain("/channel").And.Contain("/dataProtection").And.Contain("/issuedOn"));
        Assert.That(result.Notes, Has.All.Property("Severity").EqualTo(Sdk.Diagnostics.Severity.Warning));
    }

    [Test]
    public void Does_not_change_the_document_it_reads()
    {
        var full = VersionJson.Of(SomeRequests.Full());
        var before = full.ToJsonString();

        RequestDowngrade.Apply(full);

        Assert.That(full.ToJsonString(), Is.EqualTo(before));
    }

    [Test]
    public void Writes_v1_properties_in_the_v1_model_order()
    {
        var result = RequestDowngrade.Apply(VersionJson.Of(SomeRequests.Full()));

        var names = result.Document.Select(p => p.Key).ToList();
        Assert.That(names.IndexOf("schemaVersion"), Is.Zero);
        Assert.That(names.IndexOf("urgency"), Is.LessThan(names.IndexOf("confidentiality")));
        Assert.That(names[^1], Is.EqualTo("provenance"));
        Assert.That(((JsonObject)result.Document["measures"]![0]!).Select(p => p.Key).First(), Is.EqualTo("type"));
    }
}
