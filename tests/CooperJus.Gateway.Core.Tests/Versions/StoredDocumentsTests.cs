using CooperJus.Gateway.Core.Tests.Schemas;
using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Core.Versions;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Tests.Versions;

/// <summary>
/// Documents written before the upgrade to v2 (held requests, audit bodies, inbound payloads, national files) are read
/// as v2, never refused and never read with their v1 fields dropped.
/// </summary>
[TestFixture]
public sealed class StoredDocumentsTests
{
    private static string V1Document(string name) =>
        File.ReadAllText(Path.Combine(SchemaFiles.RepositoryRoot, "tests", "CooperJus.Gateway.Core.Tests", "Versions", "V1Documents", name));

    [Test]
    public void Reads_a_version_1_request_stored_before_the_upgrade_with_its_measure_targets_as_subjects()
    {
        var json = V1Document("PE-fb3bb051.json");

        var request = StoredDocuments.ReadRequest(json);

        Assert.That(request.SchemaVersion, Is.EqualTo("2.0"));
        Assert.That(request.Measures.SelectMany(m => m.Subjects), Is.Not.Empty, "the v1 targets are kept as subjects");
        Assert.That(() => CanonicalJson.Deserialize(json), Throws.InstanceOf<System.Text.Json.JsonException>(), "read without the upgrade it would be refused, not silently cut");
    }

    [Test]
    public void Reads_a_version_2_request_as_it_is()
    {
        var request = SomeRequests.Full();

        Assert.That(CanonicalJson.Serialize(StoredDocuments.ReadRequest(CanonicalJson.Serialize(request))), Is.EqualTo(CanonicalJson.Serialize(request)));
    }

    [Test]
    public void Reads_a_version_1_response_as_version_2()
    {
        var v1 = """{"schemaVersion":"1.0","responseId":"0190e8b4-1a2b-7c3d-9e4f-5a6b7c8d9e0f","inResponseTo":"5c3f2a9e-41b7-8d02-9a6e-3b1f0c7d2e84","status":"acknowledged","createdAt":"2025-06-02T11:00:00+02:00","respondingAuthority":{"country":"ES"},"results":[],"attachments":[],"language":"es"}""";

        var response = StoredDocuments.ReadResponse(v1);

        Assert.That((response.SchemaVersion, response.Status, response.InResponseTo), Is.EqualTo(("2.0", ResponseStatus.Acknowledged, "5c3f2a9e-41b7-8d02-9a6e-3b1f0c7d2e84")));
    }

    [Test]
    public void A_version_1_response_file_is_checked_against_the_version_1_schema_and_named_so()
    {
        var broken = """{"schemaVersion":"1.0","responseId":"x","inResponseTo":"5c3f2a9e-41b7-8d02-9a6e-3b1f0c7d2e84","status":"postponed","createdAt":"2025-06-02T11:00:00+02:00","respondingAuthority":{"country":"ES"},"language":"es"}""";

        StoredDocuments.UpgradeResponseJson(broken, out var problems, out _);

        Assert.That(problems, Has.Some.Contains("/status").And.Some.Contains("schema v1"));
        Assert.That(problems, Has.Some.Contains("/responseId"));
    }

    [Test]
    public void A_version_2_file_is_handed_back_untouched()
    {
        var json = CanonicalJson.Serialize(SomeResponses.Minimal());

        Assert.That(StoredDocuments.UpgradeResponseJson(json, out var problems, out var notes), Is.SameAs(json));
        Assert.That(problems, Is.Empty);
        Assert.That(notes, Is.Empty);
    }
}
