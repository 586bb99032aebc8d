using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Tests.Support;

/// <summary>
/// Canonical requests for tests: <see cref="Full"/> fills every property of every record (so a schema or mapping test
/// that passes on it has seen every field), <see cref="Minimal"/> only the required ones. Each call returns a fresh
/// document; adjust it with <c>with</c>.
/// </summary>
public static class SomeRequests
{
    /// <summary>The national request number both documents are derived from.</summary>
    public const string NationalRequestNumber = "SGF-2024-000123";

    /// <summary>The request id of both documents.</summary>
    public static string RequestId { get; } = RequestIds.FromNationalReference("PE", "SGF", NationalRequestNumber);

    /// <summary>When both documents were created: Cusco time.</summary>
    public static DateTimeOffset CreatedAt { get; } = new(2024, 3, 15, 10, 30, 0, TimeSpan.FromHours(-5));

    /// <summary>A Peruvian request to Spain about looted Moche ceramics and the money behind their sale, with every field filled.</summary>
    public static CooperationRequest Full() => new()
    {
        RequestId = RequestId,
        Kind = RequestKind.AssetRecovery,
        IssuedOn = new DateOnly(2024, 3, 14),
        CreatedAt = CreatedAt,
        Language = "es",
        IssuingAuthority = new IssuingAuthority
        {
            Country = "PE",
            Name = "Fiscalía Provincial Penal Corporativa de Cusco",
            Unit = "Fiscalía Especializada en Delitos contra el Patrimonio Cultural",
            Officer = new Officer { Name = "María Elena Huamán Torres", Role = "Fiscal Provincial" },
            Contact = new Contact { Email = "mhuaman@mpfn.gob.pe", Phone = "+51 84 231 456" },
            CaseReference = "2506015500-2024-45-0",
            RequestReference = NationalRequestNumber,
            NationalSystem = "SGF",
        },
        ValidatingAuthority = new Authority
        {
            Country = "PE",
            Name = "Fiscalía de la Nación",
            Unit = "Unidad de Cooperación Judicial Internacional y Extradiciones",
            Officer = new Officer { Name = "Jorge Luis Paredes Ríos", Role = "Fiscal Adjunto Supremo" },
            Contact = new Contact { Email = "ucjie@mpfn.gob.pe", Phone = "+51 1 625 5555" },
        },
        RequestedAuthority = new RequestedAuthority
        {
            Country = "ES",
            Name = "Fiscalía General del Estado",
            Unit = "Unidad de Cooperación Internacional",
            Officer = new Officer { Name = "Ana Belén Ruiz Soler", Role = "Fiscal de Sala" },
            Contact = new Contact { Email = "cooperacion.internacional@fiscal.es", Phone = "+34 91 335 2100" },
        },
        Channel = new TransmissionChannel { Kind = ChannelKind.CentralAuthority, Instrument = "untoc-2000" },
        LegalBasis =
        [
            new LegalBasis { Instrument = "untoc-2000", Articles = ["18", "13"] },
            new LegalBasis { Instrument = "bilateral-treaty", Parties = ["PE", "ES"], Articles = ["1", "5"] },
        ],
        Urgency = new Urgency
        {
            Level = UrgencyLevel.Urgent,
            Grounds = [UrgencyGround.AssetDissipation, UrgencyGround.EvidenceAtRisk],
            Reason = "Las piezas se ofrecen en subasta el 20/04/2024.",
            Deadlines =
            [
                new Deadline { Kind = DeadlineKind.Acknowledge, By = new DateOnly(2024, 3, 22) },
                new Deadline { Kind = DeadlineKind.Execute, By = new DateOnly(2024, 4, 15), Reason = "Subasta del 20/04/2024." },
            ],
        },
        Confidentiality = new Confidentiality
        {
            Confidential = true,
            Reason = "Investigación reservada (art. 324 CPP).",
        },
        DataProtection = new DataProtection
        {
            TransferBasis = "Ley 29733 de Protección de Datos Personales, art. 15",
            OnwardTransferConditions = ["Solo a las autoridades judiciales españolas competentes para la investigación."],
        },
        ExecutionConditions = new ExecutionConditions
        {
            PresenceOfRequestingOfficials = true,
            Officials = [new Officer { Name = "María Elena Huamán Torres", Role = "Fiscal Provincial" }],
            Formalities = "Presencia de la fiscal requirente en la diligencia de incautación.",
        },
        Proceedings = new Proceedings
        {
            Type = ProceedingsType.CriminalInvestigation,
            NationalType = "Investigación preparatoria",
            Court = "Juzgado de Investigación Preparatoria de Cusco",
            CourtCaseNumber = "00412-2024-0-1001-JR-PE-01",
            RelatedRequests = ["SGF-2023-000871"],
        },
        Facts = new Facts
        {
            Summary = "Entre enero y diciembre de 2023 se extrajeron del sitio arqueológico de Huaca Rajada dos huacos retrato moche, que se ofrecen a la venta en Madrid; el precio se pagó en una cuenta española.",
            Period = new DateRange { Start = new DateOnly(2023, 1, 1), End = new DateOnly(2023, 12, 31) },
            Place = "Huaca Rajada, Lambayeque",
        },
        Offences =
        [
            new Offence
            {
                IccsCode = "07042",
                NationalCode = "CP-228",
                NationalWording = "Extracción ilegal de bienes culturales",
                LegalProvision = "Código Penal, artículo 228",
                MaximumPenalty = "8 años de pena privativa de libertad",
                MaximumCustodialMonths = 96,
            },
            new Offence
            {
                IccsCode = "09051",
                NationalCode = "CP-317",
                NationalWording = "Organización criminal",
                LegalProvision = "Código Penal, artículo 317",
                MaximumPenalty = "15 años de pena privativa de libertad",
                MaximumCustodialMonths = 180,
            },
        ],
        DualCriminality = new DualCriminality { Statement = "Los hechos constituyen en España los delitos de los arts. 323 y 570 bis del Código Penal." },
        Persons =
        [
            new Person
            {
                Ref = "p1",
                Role = PersonRole.Suspect,
                FullName = "QUISPE MAMANI, Juan Carlos",
                GivenNames = "Juan Carlos",
                FamilyNames = ["Quispe", "Mamani"],
                Sex = Sex.Male,
                BirthDate = new DateOnly(1980, 7, 28),
                PlaceOfBirth = new PlaceOfBirth { Place = "Cusco", Country = "PE" },
                Nationalities = ["PE", "ES"],
                Languages = ["es", "qu"],
                InterpreterNeeded = false,
                Minor = false,
                Custody = CustodyStatus.Free,
                IdentityDocuments =
                [
                    new IdentityDocument { Type = DocumentType.NationalId, NationalType = "DNI", Number = "10117410-2", IssuingCountry = "PE", CheckDigit = CheckDigitStatus.Valid },
                    new IdentityDocument { Type = DocumentType.ForeignerId, NationalType = "NIE", Number = "X2482300W", IssuingCountry = "ES", CheckDigit = CheckDigitStatus.Valid },
                ],
                Addresses = [new Address { Text = "Calle Gran Vía 45, 3º B", City = "Madrid", Country = "ES" }],
                Aliases = ["El Huaquero"],
            },
        ],
        Organisations =
        [
            new Organisation
            {
                Ref = "o1",
                Name = "Antigüedades del Pacífico S.L.",
                Role = OrganisationRole.Investigated,
                Liability = LiabilityRegime.Criminal,
                RegistrationNumbers = [new IdentityDocument { Type = DocumentType.TaxId, NationalType = "CIF", Number = "B12345674", IssuingCountry = "ES", CheckDigit = CheckDigitStatus.Unverified }],
                Country = "ES",
                Address = new Address { Text = "Calle del Prado 12", City = "Madrid", Country = "ES" },
            },
            new Organisation
            {
                Ref = "o2",
                Name = "Museo Tumbas Reales de Sipán",
                Role = OrganisationRole.Victim,
                Country = "PE",
            },
        ],
        Assets =
        [
            new Asset
            {
                Ref = "a1",
                Type = AssetType.BankAccount,
                Description = "Cuenta corriente en euros donde se pagó la venta",
                Value = new MonetaryAmount { Amount = "48500.00", Currency = "EUR" },
                HolderRefs = ["p1", "o1"],
                BankAccount = new BankAccount { Bank = "CaixaBank", Branch = "Oficina 0418 Madrid", AccountNumber = "ES9121000418450200051332", Country = "ES" },
            },
            new Asset
            {
                Ref = "a2",
                Type = AssetType.RealEstate,
                Description = "Local comercial donde se exhiben las piezas",
                Value = new MonetaryAmount { Amount = "325000", Currency = "EUR" },
                HolderRefs = ["o1"],
                RegisteredProperty = new RegisteredProperty { RegistryNumber = "Finca 28/4512, Registro de la Propiedad n.º 28 de Madrid", Location = "Calle del Prado 12, Madrid" },
            },
            new Asset
            {
                Ref = "a3",
                Type = AssetType.CulturalObject,
                Description = "Huaco retrato moche ofrecido en subasta",
                Value = new MonetaryAmount { Amount = "12500.50", Currency = "USD" },
                HolderRefs = ["o1"],
                OwnerRefs = ["o2"],
                CurrentLocation = "Calle del Prado 12, Madrid",
                CulturalObject = new CulturalObject
                {
                    ObjectType = "huaco retrato",
                    Materials = ["cerámica", "pintura"],
                    Measurements = "24 x 18 cm",
                    Inscriptions = "Ninguna",
                    DistinguishingFeatures = "Asa de estribo restaurada",
                    Title = "Retrato de dignatario",
                    Subject = "Rostro de un dignatario con tocado",
                    DateOrPeriod = "100-700 d.C.",
                    Maker = "Moche",
                    Description = "Vasija escultórica de cerámica con asa de estribo.",
                    InventoryNumber = "MC-0004512",
                    PlaceOfOrigin = "Huaca Rajada, Lambayeque",
                    Incident = new CulturalIncident { Type = IncidentType.Looting, Date = new DateOnly(2023, 6, 1), Place = "Huaca Rajada, Lambayeque", SiteType = SiteType.ArchaeologicalSite },
                    RegisterReferences = [new RegisterReference { Register = "INTERPOL Stolen Works of Art", Reference = "2023/51244-1.1" }],
                    ProtectedStatus = "Patrimonio Cultural de la Nación",
                    RelatedObjectRefs = ["a5"],
                    Photographs = ["huaco-frente.jpg"],
                },
            },
            new Asset
            {
                Ref = "a4",
                Type = AssetType.Money,
                Description = "Efectivo incautado en el local",
                Value = new MonetaryAmount { Amount = "3000", Currency = "USD" },
                HolderRefs = ["p1"],
            },
            new Asset
            {
                Ref = "a5",
                Type = AssetType.CulturalObject,
                Description = "Segundo huaco retrato extraído en el mismo saqueo",
                CulturalObject = new CulturalObject { ObjectType = "huaco retrato", Maker = "Moche" },
            },
        ],
        Measures =
        [
            new Measure
            {
                Type = MeasureType.BankInformation,
                NationalCode = "INFORMACION_BANCARIA",
                Description = "Titularidad y movimientos de la cuenta desde el 01/01/2023.",
                Purpose = "Acreditar el pago del precio de la pieza extraída.",
                Subjects = [new MeasureSubject { Ref = "a1", Capacity = SubjectCapacity.Object }, new MeasureSubject { Ref = "p1", Capacity = SubjectCapacity.AccountHolder }],
                Banking = new BankingParticulars
                {
                    AccountRefs = ["a1"],
                    Period = new DateRange { Start = new DateOnly(2023, 1, 1), End = new DateOnly(2023, 12, 31) },
                    DocumentTypes = [BankDocumentType.Statements, BankDocumentType.Transfers],
                },
                NationalOrder = new NationalOrder
                {
                    IssuedBy = OrderIssuer.Court,
                    Authority = "Juzgado de Investigación Preparatoria de Cusco",
                    Reference = "Resolución N.º 3",
                    Date = new DateOnly(2024, 3, 10),
                    AttachmentFileName = "auto-levantamiento-secreto-bancario.pdf",
                },
                Formalities = "Certificación de los extractos por la entidad bancaria.",
                RespondBy = new DateOnly(2024, 4, 10),
            },
            new Measure
            {
                Type = MeasureType.CulturalPropertySeizure,
                NationalCode = "INCAUTACION_BIEN_CULTURAL",
                Description = "Incautación de la pieza y su entrega a la Embajada del Perú.",
                Purpose = "Recuperar el bien del patrimonio cultural de la Nación sustraído.",
                NationalOrder = new NationalOrder { IssuedBy = OrderIssuer.Court, Authority = "Juzgado de Investigación Preparatoria de Trujillo", Reference = "Exp. 00451-2024-1-1601-JR-PE-01", Date = new DateOnly(2024, 3, 8) },
                Subjects = [new MeasureSubject { Ref = "a3", Capacity = SubjectCapacity.Object }, new MeasureSubject { Ref = "o1", Capacity = SubjectCapacity.PremisesHolder }],
            },
            new Measure
            {
                Type = MeasureType.TelecomTrafficData,
                Description = "Tráfico de llamadas del teléfono del investigado durante 2023.",
                Purpose = "Ubicar los contactos del investigado con compradores en Madrid.",
                NationalOrder = new NationalOrder { IssuedBy = OrderIssuer.Court, Authority = "Juzgado de Investigación Preparatoria de Trujillo", Reference = "Exp. 00451-2024-2-1601-JR-PE-01", Date = new DateOnly(2024, 3, 8) },
                Subjects = [new MeasureSubject { Ref = "p1", Capacity = SubjectCapacity.LineSubscriber }],
                Telecom = new TelecomParticulars
                {
                    Identifiers = [new TelecomIdentifier { Type = TelecomIdentifierType.Msisdn, Value = "+34612345678" }, new TelecomIdentifier { Type = TelecomIdentifierType.Imei, Value = "356938035643809" }],
                    Period = new DateRange { Start = new DateOnly(2023, 1, 1), End = new DateOnly(2023, 12, 31) },
                },
            },
            new Measure
            {
                Type = MeasureType.SuspectHearing,
                Description = "Declaración del investigado sobre la adquisición de la pieza.",
                Subjects = [new MeasureSubject { Ref = "p1", Capacity = SubjectCapacity.PersonToHear }],
                Hearing = new HearingParticulars
                {
                    Capacity = HearingCapacity.Suspect,
                    Modality = HearingModality.Videoconference,
                    Questions = ["¿A quién compró la pieza?", "¿Quién le pagó el precio?"],
                    UnderOath = false,
                    SuspectConsent = true,
                },
            },
        ],
        Attachments =
        [
            new Attachment
            {
                FileName = "huaco-frente.jpg",
                MediaType = "image/jpeg",
                Sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                Size = 48213,
                DocumentType = AttachmentType.Photograph,
                Obtained = new Obtained { On = new DateOnly(2024, 2, 20), By = "Dirección de Recuperación de Bienes Culturales" },
                CopyKind = CopyKind.Original,
            },
            new Attachment
            {
                FileName = "auto-levantamiento-secreto-bancario.pdf",
                MediaType = "application/pdf",
                Sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                Size = 120455,
                DocumentType = AttachmentType.CourtOrder,
                Language = "es",
                CopyKind = CopyKind.CertifiedCopy,
            },
            new Attachment
            {
                FileName = "acta-incautacion.pdf",
                MediaType = "application/pdf",
                Sha256 = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
                Size = 88210,
                DocumentType = AttachmentType.Evidence,
                Language = "es",
                Obtained = new Obtained { On = new DateOnly(2024, 2, 20), By = "Policía Nacional del Perú" },
                CopyKind = CopyKind.Original,
                SealNumber = "PNP-2024-0045",
                ChainOfCustody =
                [
                    new CustodyEvent { On = new DateOnly(2024, 2, 20), Holder = "Policía Nacional del Perú", Action = "incautado y lacrado" },
                    new CustodyEvent { On = new DateOnly(2024, 2, 22), Holder = "Fiscalía Provincial Penal Corporativa de Cusco" },
                ],
                ReturnBy = new DateOnly(2024, 12, 31),
            },
            new Attachment
            {
                FileName = "acta-incautacion.en.pdf",
                MediaType = "application/pdf",
                Sha256 = "fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13",
                Size = 86002,
                DocumentType = AttachmentType.Translation,
                Language = "en",
                TranslationOf = "acta-incautacion.pdf",
                CopyKind = CopyKind.PlainCopy,
            },
        ],
        Provenance = new Provenance
        {
            AdapterId = "PE",
            AdapterVersion = "1.0.0",
            SourceFormat = "sgf-csv",
            SourceFile = "solicitudes_20240315.csv",
            RecordId = NationalRequestNumber,
        },
    };

    /// <summary>A request with only the required properties set; everything else keeps the model's defaults.</summary>
    public static CooperationRequest Minimal() => new()
    {
        RequestId = RequestId,
        CreatedAt = CreatedAt,
        Language = "es",
        IssuingAuthority = new IssuingAuthority { Country = "PE", CaseReference = "2506015500-2024-45-0", NationalSystem = "SGF" },
        RequestedAuthority = new RequestedAuthority { Country = "ES" },
        Facts = new Facts { Summary = "Extracción ilegal de bienes culturales." },
        Provenance = new Provenance
        {
            AdapterId = "PE",
            AdapterVersion = "1.0.0",
            SourceFormat = "sgf-csv",
            SourceFile = "solicitudes_20240315.csv",
            RecordId = NationalRequestNumber,
        },
    };
}
