using CooperJus.Adapters.CL.Tests.Support;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.CL.Tests;

/// <summary>Canonical requests from abroad written as a SAF export: what reads back, and what is reported.</summary>
public sealed class RenderTests
{
    private static CooperationRequest Peruvian() => new()
    {
        RequestId = "1810dd5a-96db-8d68-9059-f69c25f292b7",
        CreatedAt = new DateTimeOffset(2026, 10, 30, 14, 30, 0, TimeSpan.FromHours(-5)),
        Language = "es",
        IssuingAuthority = new IssuingAuthority { Country = "PE", CaseReference = "Carpeta Fiscal 506-2026-118", NationalSystem = "SGF", Name = "Fiscalía Provincial de Lima" },
        RequestedAuthority = new RequestedAuthority { Country = "CL" },
        Facts = new Facts { Summary = "Depósitos en cuentas chilenas." },
        Persons =
        [
            new Person
            {
                Ref = "p1", Role = PersonRole.Suspect, FullName = "Wilber Quispe Mamani", GivenNames = "Wilber", FamilyNames = ["Quispe", "Mamani"],
                IdentityDocuments =
                [
                    new IdentityDocument { Type = DocumentType.NationalId, NationalType = "DNI", Number = "43807712", IssuingCountry = "PE", CheckDigit = CheckDigitStatus.Valid },
                    new IdentityDocument { Type = DocumentType.ForeignerId, NationalType = "CE", Number = "001234567", IssuingCountry = "PE" },
                    new IdentityDocument { Type = DocumentType.Passport, NationalType = "Pasaporte", Number = "118234567", IssuingCountry = "PE" },
                ],
                PlaceOfBirth = new PlaceOfBirth { Place = "Tacna", Country = "PE" },
                Addresses = [new Address { Text = "Avenida Bolognesi 860, Tacna, Región de Tacna", City = "Tacna", Country = "PE" }],
            },
        ],
        Offences = [new Offence { NationalCode = "DL-1106-1", IccsCode = "07041", LegalProvision = "Decreto Legislativo N° 1106, art. 1" }],
        Assets = [new Asset { Ref = "a1", Type = AssetType.RealEstate, Description = "Departamento en Miraflores" }],
        Provenance = new Provenance { AdapterId = "PE", AdapterVersion = "1.0.0", SourceFormat = "sgf-csv", SourceFile = "x.csv", RecordId = "x" },
    };

    [Test]
    public void A_request_from_abroad_is_written_with_its_gateway_id_country_and_case_reference()
    {
        var (_, reread, xml) = Chile.RoundTrip(Peruvian());

        Assert.That(xml, Does.Contain("""idPasarela="1810dd5a-96db-8d68-9059-f69c25f292b7" """.TrimEnd()));
        Assert.That(xml, Does.Contain("<PaisRequirente>PE</PaisRequirente>").And.Contain("<CausaOrigen>Carpeta Fiscal 506-2026-118</CausaOrigen>"));
        var request = reread.Single().Request!;
        Assert.That((request.RequestId, request.IssuingAuthority.Country, request.IssuingAuthority.CaseReference),
            Is.EqualTo(("1810dd5a-96db-8d68-9059-f69c25f292b7", "PE", "Carpeta Fiscal 506-2026-118")));
    }

    [Test]
    public void An_address_is_split_back_at_its_comuna_and_reads_back_the_same()
    {
        var (_, reread, xml) = Chile.RoundTrip(Peruvian());

        Assert.That(xml, Does.Contain("<Calle>Avenida Bolognesi 860</Calle>").And.Contain("<Comuna>Tacna</Comuna>").And.Contain("<Region>Región de Tacna</Region>"));
        Assert.That(reread.Single().Request!.Persons.Single().Addresses, Is.EqualTo(Peruvian().Persons[0].Addresses));
    }

    [Test]
    public void Foreign_documents_place_of_birth_and_offence_classification_read_back_the_same()
    {
        var (_, reread, xml) = Chile.RoundTrip(Peruvian());

        Assert.That(xml, Does.Contain("""<Documento clase="IDENTIDAD" tipo="DNI" pais="PE">43807712</Documento>"""));
        Assert.That(xml, Does.Contain("""iccs="07041" norma="Decreto Legislativo N° 1106, art. 1" """.TrimEnd()));
        var person = reread.Single().Request!.Persons.Single();
        Assert.That(person.PlaceOfBirth, Is.EqualTo(Peruvian().Persons[0].PlaceOfBirth));
        Assert.That(person.IdentityDocuments.Select(d => (d.Type, d.NationalType, d.Number, d.CheckDigit)), Is.EqualTo(new[]
        {
            (DocumentType.Passport, (string?)"Pasaporte", "118234567", CheckDigitStatus.Unverified),
            (DocumentType.NationalId, "DNI", "43807712", CheckDigitStatus.Valid),
            (DocumentType.ForeignerId, "CE", "001234567", CheckDigitStatus.Unverified),
        }));
        Assert.That(reread.Single().Request!.Offences.Single(), Is.EqualTo(Peruvian().Offences[0]));
    }

    [Test]
    public void What_SAF_cannot_hold_or_writes_in_another_order_is_reported_by_its_canonical_path()
    {
        var (report, _, _) = Chile.RoundTrip(Peruvian());

        var warnings = report.Warnings.Select(w => (w.Rule, w.CanonicalPath)).ToList();
        Assert.That(warnings, Does.Contain((RenderRules.Altered, "/persons/0/identityDocuments")), "the passport is written before the DNI");
        Assert.That(warnings, Does.Contain((RenderRules.NotCarried, "/assets/0")), "SAF records bank accounts and cultural objects only");
        Assert.That(warnings, Does.Contain((RenderRules.Altered, "/issuingAuthority/nationalSystem")));
    }

    [Test]
    public void A_document_its_country_finds_invalid_is_reported_not_written()
    {
        var request = Peruvian() with
        {
            Persons = [Peruvian().Persons[0] with { IdentityDocuments = [new IdentityDocument { Type = DocumentType.NationalId, NationalType = "DNI", Number = "4380771", IssuingCountry = "PE", CheckDigit = CheckDigitStatus.Invalid }] }],
        };

        var (report, reread, _) = Chile.RoundTrip(request);

        Assert.That(report.Warnings.Select(w => (w.Rule, w.CanonicalPath)), Does.Contain((RenderRules.NotCarried, "/persons/0/identityDocuments/0")));
        Assert.That(reread.Single().IsAccepted, Is.True, "render never writes what read refuses");
    }

    [Test]
    public void Instruments_from_abroad_read_back_with_their_parties_in_the_partner_s_order()
    {
        LegalBasis[] bases =
        [
            new() { Instrument = "bilateral-treaty", Parties = ["ES", "CL"], Articles = ["art. 1", "art. 7"] },
            new() { Instrument = "untoc-2000" },
            new() { Instrument = "coe-mla-1959", Parties = ["ES"] },
        ];

        var (report, reread, xml) = Chile.RoundTrip(Peruvian() with { LegalBasis = bases });

        Assert.That(xml, Does.Contain("""<Instrumento partes="ES CL" articulos="art. 1; art. 7">TRATADO_CL_ES</Instrumento>"""));
        Assert.That(xml, Does.Contain("<Instrumento>CONVENCION_PALERMO</Instrumento>"));
        Assert.That(reread.Single().Request!.LegalBasis.Select(b => (b.Instrument, string.Join('|', b.Parties), string.Join(';', b.Articles))),
            Is.EqualTo(bases.Select(b => (b.Instrument, string.Join('|', b.Parties), string.Join(';', b.Articles)))));
        Assert.That(report.Warnings.Select(w => w.CanonicalPath), Has.None.StartsWith("/legalBasis"));
    }

    [Test]
    public void A_Chilean_request_keeps_its_RUC_and_gets_no_gateway_id()
    {
        var request = Chile.Accepted(SafXml.Minimal);

        var (report, reread, xml) = Chile.RoundTrip(request);

        Assert.That(xml, Does.Contain("<RUC>2600412378-5</RUC>").And.Not.Contain("idPasarela"));
        Assert.That(report.Warnings, Is.Empty);
        Assert.That(reread.Single().Request!.RequestId, Is.EqualTo(request.RequestId));
    }

    [Test]
    public void A_court_number_that_is_no_RIT_is_reported_not_written()
    {
        var request = Peruvian() with { Proceedings = new Proceedings { Court = "Juzgado de Tacna", CourtCaseNumber = "00123-2026-0-2301-JR-PE-01" } };

        var (report, reread, _) = Chile.RoundTrip(request);

        Assert.That(report.Warnings.Select(w => w.CanonicalPath), Does.Contain("/proceedings/courtCaseNumber"));
        Assert.That(reread.Single().IsAccepted, Is.True, "render never writes what read refuses");
        Assert.That(reread.Single().Request!.Proceedings!.Court, Is.EqualTo("Juzgado de Tacna"));
    }

    [Test]
    public void Pesos_are_written_with_the_peso_sign_and_dot_thousands()
    {
        var request = Peruvian() with
        {
            Assets = [new Asset { Ref = "a1", Type = AssetType.BankAccount, HolderRefs = ["p1"], Value = new MonetaryAmount { Amount = "482350000", Currency = "CLP" }, BankAccount = new BankAccount { AccountNumber = "00-123-456789-0" } }],
        };

        var (_, reread, xml) = Chile.RoundTrip(request);

        Assert.That(xml, Does.Contain("<Saldo>$ 482.350.000</Saldo>").And.Contain("""titular="1" """.TrimEnd()));
        var account = reread.Single().Request!.Assets.Single();
        Assert.That((account.Value, account.BankAccount!.AccountNumber), Is.EqualTo((request.Assets[0].Value, "00-123-456789-0")));
        Assert.That(account.HolderRefs, Is.EqualTo(new[] { "p1" }));
    }
}
