using System.Text.Json.Nodes;
using CooperJus.Gateway.Core.Tests.Schemas;
using CooperJus.Gateway.Core.Versions;

namespace CooperJus.Gateway.Core.Tests.Versions;

/// <summary>A v1 request from a partner read as v2: each rule of the upgrade, and real v1 documents.</summary>
[TestFixture]
public sealed class RequestUpgradeTests
{
    private static IEnumerable<string> V1Documents() =>
        Directory.EnumerateFiles(Path.Combine(SchemaFiles.RepositoryRoot, "tests", "CooperJus.Gateway.Core.Tests", "Versions", "V1Documents"), "*.json").Select(Path.GetFileName).OfType<string>().Order();

    private static JsonObject ReadV1(string name) =>
        VersionJson.Parse(File.ReadAllText(Path.Combine(SchemaFiles.RepositoryRoot, "tests", "CooperJus.Gateway.Core.Tests", "Versions", "V1Documents", name)));

    private static JsonObject Minimal(string extra) => VersionJson.Parse($$$"""
        {"schemaVersion":"1.0","requestId":"0d8e5b7c-1c2a-4f4e-9a55-3b1f6a0c9d21","createdAt":"2024-03-15T10:30:00-05:00","language":"es",
         "issuingAuthority":{"country":"PE","caseReference":"2506015500-2024-45-0","nationalSystem":"SGF"},"requestedAuthority":{"country":"ES"},
         "facts":{"summary":"Hechos."},{{{extra}}}
         "provenance":{"adapterId":"PE","adapterVersion":"1.0.0","sourceFormat":"sgf-csv","sourceFile":"a.csv","recordId":"1"}}
        """);

    [Test]
    public void Maps_targets_to_subjects_without_a_capacity()
    {
        var result = RequestUpgrade.Apply(Minimal("""
            "persons":[{"ref":"p1","role":"witness","fullName":"Rosa"}],"measures":[{"type":"bank-information","targets":["p1","o1"]}],
            """));

        Assert.That(result.Document["schemaVersion"]!.GetValue<string>(), Is.EqualTo("2.0"));
        Assert.That(result.Document["measures"]![0]!.ToJsonString(), Is.EqualTo("""{"type":"bank-information","subjects":[{"ref":"p1"},{"ref":"o1"}]}"""));
        Assert.That(result.Notes, Is.Empty);
    }

    [TestCase("witness", "witness-hearing")]
    [TestCase("suspect", "suspect-hearing")]
    [TestCase("accused", "suspect-hearing")]
    [TestCase("victim", "witness-hearing")]
    public void Reads_a_videoconference_hearing_as_a_hearing_of_its_first_target_with_the_modality_videoconference(string role, string type)
    {
        var result = RequestUpgrade.Apply(Minimal($$"""
            "persons":[{"ref":"p1","role":"{{role}}","fullName":"Rosa"}],"measures":[{"type":"videoconference-hearing","targets":["p1"]}],
            """));

        Assert.That(result.Document["measures"]![0]!["type"]!.GetValue<string>(), Is.EqualTo(type));
        Assert.That(result.Document["measures"]![0]!["hearing"]!.ToJsonString(), Is.EqualTo("""{"modality":"videoconference"}"""));
    }

    [Test]
    public void Reads_a_videoconference_hearing_without_targets_as_a_witness_hearing()
    {
        var result = RequestUpgrade.Apply(Minimal("""
            "measures":[{"type":"videoconference-hearing"}],
            """));

        Assert.That(result.Document["measures"]![0]!["type"]!.GetValue<string>(), Is.EqualTo("witness-hearing"));
    }

    [Test]
    public void Reads_respondBy_as_an_execute_deadline()
    {
        var result = RequestUpgrade.Apply(Minimal("""
            "urgency":{"level":"urgent","reason":"Detenido","respondBy":"2024-05-01"},
            """));

        Assert.That(result.Document["urgency"]!.ToJsonString(), Is.EqualTo("""{"level":"urgent","reason":"Detenido","deadlines":[{"kind":"execute","by":"2024-05-01"}]}"""));
    }

    [Test]
    public void Reads_a_suspect_organisation_as_investigated_without_a_liability()
    {
        var result = RequestUpgrade.Apply(Minimal("""
            "organisations":[{"ref":"o1","name":"Minera SAC","role":"suspect"},{"ref":"o2","name":"Banco","role":"third-party"}],
            """));

        Assert.That(result.Document["organisations"]!.ToJsonString(),
            Is.EqualTo("""[{"ref":"o1","name":"Minera SAC","role":"investigated"},{"ref":"o2","name":"Banco","role":"third-party"}]"""));
    }

    [Test]
    public void Leaves_out_the_use_limitations_of_a_request_with_a_note_for_each()
    {
        var result = RequestUpgrade.Apply(Minimal("""
            "confidentiality":{"confidential":true,"useLimitations":["Solo para este proceso.","No publicar."]},
            """));

        Assert.That(result.Document["confidentiality"]!.ToJsonString(), Is.EqualTo("""{"confidential":true}"""));
        Assert.That(VersionJson.Named(result.Notes), Is.EqualTo(new[] { "version.upgraded /confidentiality/useLimitations/0", "version.upgraded /confidentiality/useLimitations/1" }));
    }

    [TestCaseSource(nameof(V1Documents))]
    public async Task Reads_a_real_v1_document_as_a_valid_v2_one(string name)
    {
        var v1 = ReadV1(name);
        Assert.That(await VersionJson.ViolationsAsync(VersionJson.RequestV1, v1), Is.Empty, "the fixture is v1");

        var upgraded = RequestUpgrade.Apply(v1);

        Assert.That(await VersionJson.ViolationsAsync(VersionJson.RequestV2, upgraded.Document), Is.Empty, upgraded.Document.ToJsonString());
    }

    [TestCaseSource(nameof(V1Documents))]
    public void Gives_back_the_same_v1_text_when_a_real_v1_document_is_read_as_v2_and_written_as_v1(string name)
    {
        var v1 = ReadV1(name);

        var back = RequestDowngrade.Apply(RequestUpgrade.Apply(v1).Document);

        Assert.That(back.Document.ToJsonString(), Is.EqualTo(v1.ToJsonString()));
        Assert.That(back.Notes, Is.Empty);
    }

    [Test]
    public void Does_not_change_the_document_it_reads()
    {
        var v1 = ReadV1(V1Documents().First());
        var before = v1.ToJsonString();

        RequestUpgrade.Apply(v1);

        Assert.That(v1.ToJsonString(), Is.EqualTo(before));
    }
}
