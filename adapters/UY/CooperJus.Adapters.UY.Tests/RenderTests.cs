using System.Text;
using CooperJus.Adapters.UY.Tests.Support;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.UY.Tests;

/// <summary>Writing canonical requests as SIPPAU solicitudes, and what the format cannot hold.</summary>
public sealed class RenderTests
{
    [Test]
    public void Writes_one_UTF8_line_per_request_with_accents_as_they_are()
    {
        var request = Uruguay.ReadLines(Uruguay.Line(Uruguay.Solicitud())).Single().Request!;

        var text = Render(request, request with { RequestId = "0b3c9f4e-1d2a-4e5b-8c7d-9e0f1a2b3c4d" }, out var report);

        Assert.That(text.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(2));
        Assert.That(text, Does.Contain("\"primerApellido\":\"Núñez\"").And.Contain("\"saldo\":\"U$S 25.000\""));
        Assert.That(report.Warnings, Is.Empty);
    }

    [Test]
    public void A_person_without_name_parts_is_split_into_nombre_and_apellido_and_said_so()
    {
        var request = Uruguay.ReadLines(Uruguay.Line(Uruguay.Solicitud())).Single().Request!;
        var person = request.Persons[0] with { GivenNames = null, FamilyNames = [], FullName = "Ana Lucía Rodríguez" };

        var text = Render(request with { Persons = [person] }, null, out var report);

        Assert.That(text, Does.Contain("\"primerNombre\":\"Ana\"").And.Contain("\"primerApellido\":\"Lucía Rodríguez\""));
        Assert.That(report.Warnings.Select(w => w.CanonicalPath), Does.Contain("/persons/0/givenNames").And.Contain("/persons/0/familyNames"));
    }

    [Test]
    public void A_request_from_abroad_is_written_as_a_solicitud_pasiva_and_reads_back_with_its_id()
    {
        var request = Uruguay.ReadLines(Uruguay.Line(Uruguay.Solicitud())).Single().Request!;
        var foreign = request with
        {
            RequestId = "0b3c9f4e-1d2a-4e5b-8c7d-9e0f1a2b3c4d",
            IssuingAuthority = request.IssuingAuthority with { Country = "PE", CaseReference = "Carpeta Fiscal 2506015503-2024-203-0" },
        };

        var text = Render(foreign, null, out _);
        var reread = Uruguay.ReadBytes(Encoding.UTF8.GetBytes(text)).Single();

        Assert.That(text, Does.Contain("\"paisRequirente\":\"PE\""));
        Assert.That(reread.Problems.Where(p => p.IsError), Is.Empty);
        Assert.That(reread.Request!.RequestId, Is.EqualTo(foreign.RequestId));
        Assert.That(reread.Request.IssuingAuthority.CaseReference, Is.EqualTo("Carpeta Fiscal 2506015503-2024-203-0"));
    }

    [Test]
    public void An_asset_the_export_has_no_place_for_is_reported_not_carried()
    {
        var request = Uruguay.ReadLines(Uruguay.Line(Uruguay.Solicitud())).Single().Request!;
        var vehicle = new Asset { Ref = "V1", Type = AssetType.Vehicle, Description = "Toyota Hilux SAB 1234" };

        Render(request with { Assets = [.. request.Assets, vehicle] }, null, out var report);

        var warning = report.Warnings.Single();
        Assert.That(warning.Rule, Is.EqualTo("render.not-carried"));
        Assert.That(warning.CanonicalPath, Is.EqualTo("/assets/1"));
    }

    private static string Render(CooperationRequest first, CooperationRequest? second, out Gateway.Sdk.Adapters.RenderReport report)
    {
        using var output = new MemoryStream();
        report = Uruguay.Adapter.Render(second is null ? [first] : [first, second], output);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
