using System.Text;
using System.Text.Json.Nodes;
using CooperJus.Adapters.EC.Tests.Support;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.EC.Tests;

/// <summary>Writing canonical requests from abroad as a SIAF export, and reading it back.</summary>
public sealed class RenderTests
{
    private static CooperationRequest Golden(string country, string id) =>
        CanonicalJson.Deserialize(File.ReadAllText(Path.Combine(RepositoryRoot.Samples(country), "expected", id + ".json")));

    private static (string Json, RenderReport Report) Render(params CooperationRequest[] requests)
    {
        using var output = new MemoryStream();
        var report = Ecuador.Adapter().Render(requests, output);
        return (Encoding.UTF8.GetString(output.ToArray()), report);
    }

    [Test]
    public void A_request_from_Peru_keeps_its_id_its_case_number_and_its_issuing_country()
    {
        var request = Golden("PE", "1810dd5a-96db-8d68-9059-f69c25f292b7");

        var (json, _) = Render(request);
        var solicitud = JsonNode.Parse(json)!["solicitudes"]![0]!;
        var reread = Ecuador.Read(json).Single();

        Assert.That((string?)solicitud["idPasarela"], Is.EqualTo(request.RequestId));
        Assert.That((string?)solicitud["expedienteExterno"], Is.EqualTo(request.IssuingAuthority.CaseReference));
        Assert.That(reread.IsAccepted, Is.True, string.Join("; ", reread.Problems));
        Assert.That(reread.Request!.RequestId, Is.EqualTo(request.RequestId));
        Assert.That(reread.Request.IssuingAuthority.Country, Is.EqualTo("PE"));
    }

    [Test]
    public void Writes_the_SIAF_header_with_the_clock_s_time()
    {
        var (json, _) = Render(Golden("PE", "1810dd5a-96db-8d68-9059-f69c25f292b7"));
        var root = JsonNode.Parse(json)!;

        Assert.That((string?)root["versionFormato"], Is.EqualTo("1.0"));
        Assert.That((string?)root["sistema"], Is.EqualTo("SIAF"));
        Assert.That((string?)root["fechaGeneracion"], Is.EqualTo("2026-11-01T09:00:00Z"));
    }

    [Test]
    public void Reports_the_language_of_a_Brazilian_request_as_altered()
    {
        var request = CanonicalJson.Deserialize(
            File.ReadAllText(Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Samples("BR"), "expected"), "*.json").First(f => !f.EndsWith(".lineage.json", StringComparison.Ordinal))));

        var (_, report) = Render(request);

        Assert.That(report.Warnings.Where(w => w.Rule == RenderRules.Altered).Select(w => w.CanonicalPath), Does.Contain("/language"));
    }

    [Test]
    public void A_third_surname_is_reported_not_carried()
    {
        var request = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud())).Single().Request!;
        var person = request.Persons[0] with { FamilyNames = ["Peñafiel", "Guamán", "de la Torre"] };

        var (_, report) = Render(request with { Persons = [person] });

        Assert.That(report.Warnings.Single().CanonicalPath, Is.EqualTo("/persons/0/familyNames/2"));
        Assert.That(report.Warnings.Single().Rule, Is.EqualTo(RenderRules.NotCarried));
    }

    [Test]
    public void A_document_whose_number_reading_would_refuse_is_left_out_and_reported()
    {
        var request = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud())).Single().Request!;
        var person = request.Persons[0] with { IdentityDocuments = [request.Persons[0].IdentityDocuments[0] with { Number = "1712345670" }] };

        var (json, report) = Render(request with { Persons = [person] });

        Assert.That(report.Warnings.Single().CanonicalPath, Is.EqualTo("/persons/0/identityDocuments/0"));
        Assert.That(Ecuador.Read(json).Single().IsAccepted, Is.True);
    }

    [Test]
    public void A_measure_code_of_another_country_is_written_as_the_SIAF_code_of_its_type()
    {
        var request = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud())).Single().Request!;
        var measure = request.Measures[0] with { NationalCode = "LEVANTAMIENTO_SECRETO_BANCARIO" };

        var (json, report) = Render(request with { Measures = [measure] });

        Assert.That((string?)JsonNode.Parse(json)!["solicitudes"]![0]!["diligencias"]![0]!["codigo"], Is.EqualTo("INFORMACION_BANCARIA"));
        Assert.That(report.Warnings.Single().CanonicalPath, Is.EqualTo("/measures/0/nationalCode"));
    }

    [Test]
    public void An_Ecuadorian_request_renders_without_warnings_and_reads_back_the_same()
    {
        var first = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud())).Single().Request!;

        var (json, report) = Render(first);
        var again = Ecuador.Read(json).Single().Request!;

        Assert.That(report.Warnings, Is.Empty);
        Assert.That(CanonicalJson.Serialize(again with { Provenance = first.Provenance }), Is.EqualTo(CanonicalJson.Serialize(first)));
    }
}
