using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk.Tests.Support;

/// <summary>Ready-made canonical values for tests.</summary>
internal static class Some
{
    /// <summary>A source location in a CSV export, row 7.</summary>
    public static SourceLocation Row(string field, string? value, long row = 7) =>
        new() { File = "solicitudes_2024.csv", Row = row, Field = field, Value = value };

    /// <summary>A request using every part of the model, with Spanish text and accents.</summary>
    public static CooperationRequest Request() => new()
    {
        RequestId = RequestIds.FromNationalReference("PE", "SGF", "SGF-2024-000123"),
        Kind = RequestKind.MutualLegalAssistance,
        CreatedAt = new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.FromHours(-5)),
        Language = "es",
        IssuingAuthority = new IssuingAuthority
        {
            Country = "PE",
            Name = "Ministerio Público",
            Unit = "Fiscalía Provincial Penal Corporativa de Cusco",
            Officer = new Officer { Name = "Ana Quispe", Role = "Fiscal provincial" },
            Contact = new Contact { Email = "aquispe@mpfn.gob.pe", Phone = "+51 84 000000" },
            CaseReference = "2506015500-2024-45-0",
            RequestReference = "SGF-2024-000123",
            NationalSystem = "SGF",
        },
        RequestedAuthority = new RequestedAuthority { Country = "ES" },
        LegalBasis = [new LegalBasis { Instrument = "untoc-2000", Articles = ["18"] }],
        Urgency = new Urgency { Level = UrgencyLevel.VeryUrgent, Reason = "Subasta inminente", Deadlines = [new Deadline { Kind = DeadlineKind.Execute, By = new DateOnly(2024, 4, 30) }] },
        Confidentiality = new Confidentiality { Confidential = true, Reason = "reserva" },
        Proceedings = new Proceedings { Type = ProceedingsType.CriminalInvestigation, NationalType = "Investigación preparatoria" },
        Facts = new Facts { Summary = "Extracción ilegal de un huaco retrato moche.", Period = new DateRange { Start = new DateOnly(2023, 1, 1), End = new DateOnly(2023, 3, 31) }, Place = "Cusco" },
        Offences = [new Offence { IccsCode = "07042", NationalCode = "CP-228", NationalWording = "Extracción ilegal de bienes culturales" }],
        Persons =
        [
            new Person
            {
                Ref = "p1",
                Role = PersonRole.Suspect,
                FullName = "Juan Carlos Quispe Mamani",
                GivenNames = "Juan Carlos",
                FamilyNames = ["Quispe", "Mamani"],
                BirthDate = new DateOnly(1980, 2, 29),
                Nationalities = ["PE"],
                IdentityDocuments = [new IdentityDocument { Type = DocumentType.NationalId, NationalType = "DNI", Number = "10117410", IssuingCountry = "PE", CheckDigit = CheckDigitStatus.Valid }],
                Addresses = [new Address { Text = "Av. El Sol 123", City = "Cusco", Country = "PE" }],
            },
        ],
        Organisations = [new Organisation { Ref = "o1", Name = "Galería Ñandú S.L.", Role = OrganisationRole.Investigated, Country = "ES" }],
        Assets =
        [
            new Asset
            {
                Ref = "a1",
                Type = AssetType.CulturalObject,
                Value = new MonetaryAmount { Amount = "12500.50", Currency = "PEN" },
                CulturalObject = new CulturalObject { ObjectType = "Huaco retrato", Materials = ["cerámica"], Measurements = "24 x 18 cm", DateOrPeriod = "100-700 d.C.", Maker = "Moche" },
            },
        ],
        Measures = [new Measure { Type = MeasureType.CulturalPropertyLocation, Description = "Ubicar la pieza", Subjects = [new MeasureSubject { Ref = "a1", Capacity = SubjectCapacity.Object }, new MeasureSubject { Ref = "o1", Capacity = SubjectCapacity.PremisesHolder }] }],
        Attachments = [new Attachment { FileName = "foto.jpg", MediaType = "image/jpeg", Sha256 = new string('a', 64), Size = 1024 }],
        Provenance = new Provenance { AdapterId = "PE", AdapterVersion = "1.0.0", SourceFormat = "sgf-csv", SourceFile = "solicitudes_2024.csv", RecordId = "SGF-2024-000123" },
    };
}
