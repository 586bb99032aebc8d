using CooperJus.Adapters.BR.Tests.Support;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>What the layout cannot carry is reported, one warning per canonical path, never dropped silently.</summary>
public sealed class RenderTests
{
    private static CooperationRequest Base() => Results.Accepted(Results.ReadOne(PedidoFile.FullPedido()));

    private static RenderReport Render(CooperationRequest request)
    {
        using var output = new MemoryStream();
        return TestAdapter.Create().Render([request], output);
    }

    private static readonly Func<CooperationRequest, CooperationRequest>[] Changes =
    [
        r => r with { Persons = [r.Persons[0] with { Aliases = ["Lena"] }] },
        r => r with { Persons = [r.Persons[0] with { GivenNames = "Helena" }] },
        r => r with { Persons = [r.Persons[0] with { FamilyNames = ["Vasconcelos", "Bittencourt"] }] },
        r => r with { Persons = [r.Persons[0] with { Nationalities = ["BR", "PT"] }] },
        r => r with { Persons = [r.Persons[0] with { Addresses = [.. r.Persons[0].Addresses, new Address { Text = "Rua B, 2" }] }] },
        r => r with { Persons = [r.Persons[0] with { IdentityDocuments = [.. r.Persons[0].IdentityDocuments, new IdentityDocument { Type = DocumentType.NationalId, NationalType = "DNI", Number = "10117410", IssuingCountry = "PE" }] }] },
        r => r with { Organisations = [r.Organisations[0] with { Address = new Address { Text = "Rua C, 3" } }] },
        r => r with { Organisations = [r.Organisations[0] with { Country = "UY" }] },
        r => r with { Facts = r.Facts with { Place = "Madri" } },
        r => r with { DataProtection = new DataProtection { TransferBasis = "Lei 13.709/2018 art. 4º III" } },
        r => r with { Urgency = r.Urgency with { Level = UrgencyLevel.VeryUrgent } },
        r => r with { Kind = RequestKind.InformationRequest },
        r => r with { Language = "es" },
        r => r with { ValidatingAuthority = new Authority { Country = "BR", Name = "Juízo" } },
        r => r with { IssuingAuthority = r.IssuingAuthority with { Unit = "Núcleo Criminal" } },
        r => r with { IssuingAuthority = r.IssuingAuthority with { Country = "PE" } },
        r => r with { IssuingAuthority = r.IssuingAuthority with { NationalSystem = "SGF" } },
        r => r with { RequestedAuthority = r.RequestedAuthority with { Unit = "SGCJI" } },
        r => r with { LegalBasis = [new LegalBasis { Instrument = "untoc-2000", Articles = ["18"] }] },
        r => r with { LegalBasis = [new LegalBasis { Instrument = "eio-2014" }] },
        r => r with { Proceedings = r.Proceedings! with { Type = ProceedingsType.Trial } },
        r => r with { Proceedings = r.Proceedings! with { Court = "13ª Vara Federal de Curitiba" } },
        r => r with { Offences = [r.Offences[0] with { IccsCode = "0701" }] },
        r => r with { Measures = [r.Measures[0] with { NationalCode = "EMBARGO_PREVENTIVO" }] },
        r => r with { Assets = [r.Assets[0] with { CulturalObject = new CulturalObject { ObjectType = "Huaco" } }] },
        r => r with { ExecutionConditions = new ExecutionConditions { PresenceOfRequestingOfficials = true } },
        r => r with { Urgency = r.Urgency with { Deadlines = [.. r.Urgency.Deadlines, new Deadline { Kind = DeadlineKind.Acknowledge, By = new DateOnly(2024, 6, 1) }] } },
        r => r with { Offences = [r.Offences[0] with { MaximumCustodialMonths = 120 }] },
        r => r with { Measures = [r.Measures[0] with { Hearing = new HearingParticulars { Capacity = HearingCapacity.Witness } }] },
        r => r with { Measures = [r.Measures[0] with { Subjects = [r.Measures[0].Subjects[0] with { Capacity = SubjectCapacity.AccountHolder }, r.Measures[0].Subjects[1]] }] },
        r => r with { Persons = [r.Persons[0] with { Languages = ["pt", "tlh"] }] },
        r => r with { Organisations = [r.Organisations[0] with { Liability = LiabilityRegime.Civil }] },
    ];

    private static readonly string[] Paths =
    [
        "/persons/0/aliases", "/persons/0/givenNames", "/persons/0/familyNames", "/persons/0/nationalities", "/persons/0/addresses/1",
        "/persons/0/identityDocuments/2", "/organisations/0/address", "/organisations/0/country", "/facts/place", "/dataProtection",
        "/urgency/level", "/kind", "/language", "/validatingAuthority", "/issuingAuthority/unit", "/issuingAuthority/country",
        "/issuingAuthority/nationalSystem", "/requestedAuthority/unit", "/legalBasis/0/articles", "/legalBasis/0", "/proceedings/type",
        "/proceedings/court", "/offences/0/iccsCode",
        "/measures/0/nationalCode", "/assets/0/culturalObject", "/executionConditions", "/urgency/deadlines/1",
        "/offences/0/maximumCustodialMonths", "/measures/0/hearing/capacity", "/measures/0/subjects/0/capacity",
        "/persons/0/languages", "/organisations/0/liability",
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        Changes.Select((change, i) => new TestCaseData(i, Paths[i]).SetName($"Reports_what_the_layout_cannot_carry({Paths[i]})"));

    [Test]
    public void The_base_request_renders_without_warnings()
    {
        Assert.That(Render(Base()).Warnings, Is.Empty);
    }

    [TestCaseSource(nameof(Cases))]
    public void Reports_what_the_layout_cannot_carry(int change, string canonicalPath)
    {
        var request = Changes[change](Base());
        var warnings = Render(request).Warnings;
        // The path itself, or the fields under it when the render scope reports them one by one.
        Assert.That(warnings, Is.Not.Empty);
        Assert.That(warnings.Select(w => w.CanonicalPath), Has.All.Matches<string>(p => p == canonicalPath || p.StartsWith(canonicalPath + "/", StringComparison.Ordinal)));
        Assert.That(warnings, Has.All.Matches<Problem>(w => !w.IsError && RenderRules.All.Contains(w.Rule) && w.Message.Contains(request.RequestId, StringComparison.Ordinal)));
    }

    [Test]
    public void A_field_the_layout_has_no_property_for_is_reported_as_not_carried()
    {
        var request = Base() with { Proceedings = Base().Proceedings! with { RelatedRequests = ["PGR-00017001/2023"] } };

        var warning = Render(request).Warnings.Single();

        Assert.That((warning.Rule, warning.CanonicalPath), Is.EqualTo((RenderRules.NotCarried, "/proceedings/relatedRequests/0")));
        Assert.That(warning.Message, Does.Contain("\"PGR-00017001/2023\""));
    }

    [Test]
    public void Export_of_a_request_from_abroad_carries_its_request_id_and_reading_it_back_keeps_it()
    {
        var request = Base() with { RequestId = RequestIds.FromNationalReference("ES", "FORTUNY", "FEA-2024-000117") };
        var adapter = TestAdapter.Create();
        using var output = new MemoryStream();

        adapter.Render([request], output);
        var json = System.Text.Json.Nodes.JsonNode.Parse(output.ToArray())!;
        var again = adapter.Read(SourceFile.FromBytes("pedidos_gateway.json", output.ToArray())).Single();

        Assert.That((string?)json["pedidos"]![0]!["idGateway"], Is.EqualTo(request.RequestId));
        Assert.That(again.Request!.RequestId, Is.EqualTo(request.RequestId));
        Assert.That(again.Lineage.Single(l => l.CanonicalPath == "/requestId").Conversion, Is.EqualTo("copy"));
        Assert.That(again.Problems, Is.Empty);
    }

    [Test]
    public void Export_of_the_systems_own_pedidos_has_no_gateway_id()
    {
        using var output = new MemoryStream();

        TestAdapter.Create().Render([Base()], output);

        Assert.That(System.Text.Encoding.UTF8.GetString(output.ToArray()), Does.Not.Contain("idGateway"));
    }

    [Test]
    public void Writes_geradoEm_from_the_first_request_and_reports_a_request_created_at_another_time()
    {
        var first = Base();
        var second = first with { CreatedAt = first.CreatedAt.AddHours(1) };
        using var output = new MemoryStream();
        var report = TestAdapter.Create().Render([first, second], output);
        Assert.That(report.RequestsWritten, Is.EqualTo(2));
        Assert.That(report.Warnings.Select(w => w.CanonicalPath), Is.EqualTo(new[] { "/createdAt" }));
        Assert.That(report.Warnings[0].Message, Does.Contain(second.RequestId));
    }
}
