using System.Globalization;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Gateway.Core.Tests.Schemas;

/// <summary>
/// CsCheck generators of canonical documents that an adapter could legitimately produce: codes and identifiers in
/// their canonical shape, free text anything non-empty (accents, quotes, line breaks, emoji, other scripts), optional
/// values sometimes absent, lists sometimes empty. Every property of the version 2 model is generated somewhere, so
/// that the round-trip, schema and interop tests built on them see every field (a test checks the coverage).
/// </summary>
internal static class CanonicalGenerators
{
    private const string Digits = "0123456789";
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string LowerHex = "0123456789abcdef";
    private const string RefChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-";

    /// <summary>Pieces of text that have broken JSON writers and validators before.</summary>
    private static readonly string[] _fragments =
    [
        "Fiscalía", "São Paulo", "EXTRACCIÓN", "Ñuñoa", "ação", "\"entre comillas\"", "línea\nnueva", "tab\there",
        "barra \\ invertida", "S/ 12.500,50", "€", "<script>", "&amp;", "日本語", "😀", "   ", "null", "{}", "1º", "d.C.",
    ];

    public static Gen<string> Text { get; } = Gen.OneOf(
            Gen.OneOfConst(_fragments),
            Gen.Char[' ', '~'].Array[1, 12].Select(chars => new string(chars)))
        .Array[1, 4].Select(parts => string.Concat(parts));

    public static Gen<string> Country { get; } = Word(Upper, 2, 2);

    public static Gen<string> Currency { get; } = Word(Upper, 3, 3);

    public static Gen<string> Ref { get; } = Word(RefChars, 1, 64);

    public static Gen<string> FileName { get; } = Gen.Select(Text, Gen.OneOfConst(".pdf", ".jpg", "", ".tar.gz"),
        (name, extension) => name.Replace('/', '_').Replace('\\', '_') + extension);

    public static Gen<string> Sha256 { get; } = Word(LowerHex, 64, 64);

    public static Gen<string> Uuid { get; } = Gen.Guid.Select(g => g.ToString("D"));

    public static Gen<string> Language { get; } = Gen.OneOfConst("es", "pt", "pt-BR", "en", "es-419", "qu");

    public static Gen<string> IccsCode { get; } = Gen.OneOfConst(2, 4, 5, 6).SelectMany(length => Word(Digits, length, length));

    public static Gen<string> Instrument { get; } = Gen.OneOf(
        Gen.OneOfConst("untoc-2000", "uncac-2003", "vienna-1988", "nassau-1992", "bilateral-treaty", "reciprocity"),
        Word("abcdefghijklmnopqrstuvwxyz0123456789", 1, 8).Array[1, 3].Select(parts => string.Join('-', parts)));

    public static Gen<string> MediaType { get; } =
        Gen.OneOfConst("application/pdf", "image/jpeg", "image/png", "text/plain; charset=utf-8", "application/vnd.ms-excel", "video/mp4");

    public static Gen<string> Email { get; } = Gen.Select(Word("abcdefghijklmnopqrstuvwxyz0123456789", 1, 10), Word("abcdefghijklmnopqrstuvwxyz", 1, 10), Gen.OneOfConst("pe", "gob.pe", "es", "com.br"),
        (local, domain, top) => $"{local}@{domain}.{top}");

    public static Gen<string> Amount { get; } = Gen.Select(Gen.Long[0, 999_999_999_999], Gen.Null(Word(Digits, 1, 4)),
        (integer, fraction) => integer.ToString(CultureInfo.InvariantCulture) + (fraction is null ? "" : "." + fraction));

    public static Gen<DateOnly> Date { get; } = Gen.DateOnly[new DateOnly(1900, 1, 1), new DateOnly(2100, 12, 31)];

    /// <summary>Any instant with tick precision and any whole quarter-hour offset that exists (−12:00 to +14:00).</summary>
    public static Gen<DateTimeOffset> Instant { get; } = Gen.Select(
        Gen.Long[new DateTime(1990, 1, 1).Ticks, new DateTime(2100, 1, 1).Ticks],
        Gen.Int[-12 * 4, 14 * 4],
        (ticks, quarters) => new DateTimeOffset(new DateTime(ticks, DateTimeKind.Unspecified), TimeSpan.FromMinutes(quarters * 15)));

    public static Gen<Officer> Officer { get; } = Gen.Select(Text, Gen.Null(Text), (name, role) => new Officer { Name = name, Role = role });

    public static Gen<Contact> Contact { get; } = Gen.Select(Gen.Null(Email), Gen.Null(Text), (email, phone) => new Contact { Email = email, Phone = phone });

    public static Gen<Authority> Authority { get; } = Gen.Select(Country, Gen.Null(Text), Gen.Null(Text), Gen.Null(Officer), Gen.Null(Contact),
        (country, name, unit, officer, contact) => new Authority { Country = country, Name = name, Unit = unit, Officer = officer, Contact = contact });

    public static Gen<MonetaryAmount> Money { get; } = Gen.Select(Amount, Currency, (amount, currency) => new MonetaryAmount { Amount = amount, Currency = currency });

    public static Gen<Attachment> Attachment { get; } =
        from fileName in FileName
        from mediaType in MediaType
        from sha256 in Sha256
        from size in Gen.Long[0, long.MaxValue]
        from documentType in Gen.Nullable(Gen.Enum<AttachmentType>())
        from language in Gen.Null(Language)
        from translationOf in Gen.Null(FileName)
        from obtained in Gen.Null(Gen.Select(Gen.Nullable(Date), Gen.Null(Text), (obtainedOn, obtainedBy) => new Obtained { On = obtainedOn, By = obtainedBy }))
        from copyKind in Gen.Nullable(Gen.Enum<CopyKind>())
        from sealNumber in Gen.Null(Text)
        from custody in Gen.Select(Date, Text, Gen.Null(Text), (heldFrom, holder, action) => new CustodyEvent { On = heldFrom, Holder = holder, Action = action }).Array[0, 2]
        from returnBy in Gen.Nullable(Date)
        select new Attachment
        {
            FileName = fileName, MediaType = mediaType, Sha256 = sha256, Size = size, DocumentType = documentType, Language = language,
            TranslationOf = translationOf, Obtained = obtained, CopyKind = copyKind, SealNumber = sealNumber, ChainOfCustody = custody, ReturnBy = returnBy,
        };

    public static Gen<CooperationRequest> Request { get; } =
        from requestId in Uuid
        from kind in Gen.Enum<RequestKind>()
        from issuedOn in Gen.Nullable(Date)
        from createdAt in Instant
        from language in Language
        from issuing in IssuingAuthority()
        from validating in Gen.Null(Authority)
        from requested in Authority
        from channel in Gen.Null(Gen.Select(Gen.Enum<ChannelKind>(), Gen.Null(Instrument), (channelKind, instrument) => new TransmissionChannel { Kind = channelKind, Instrument = instrument }))
        from legalBasis in LegalBasis().Array[0, 3]
        from urgency in Urgency()
        from confidentiality in Confidentiality()
        from dataProtection in Gen.Null(Gen.Select(Text, Text.Array[0, 2], (basis, conditions) => new DataProtection { TransferBasis = basis, OnwardTransferConditions = conditions }))
        from executionConditions in Gen.Null(Gen.Select(Gen.Bool, Officer.Array[0, 2], Gen.Null(Text),
            (presence, officials, formalities) => new ExecutionConditions { PresenceOfRequestingOfficials = presence, Officials = officials, Formalities = formalities }))
        from proceedings in Gen.Null(Proceedings())
        from facts in Facts()
        from offences in Offence().Array[0, 3]
        from dualCriminality in Gen.Null(Text.Select(statement => new DualCriminality { Statement = statement }))
        from persons in Person().Array[0, 3]
        from organisations in Organisation().Array[0, 2]
        from assets in Asset().Array[0, 3]
        from measures in Measure().Array[0, 3]
        from attachments in Attachment.Array[0, 2]
        from provenance in Provenance()
        select new CooperationRequest
        {
            RequestId = requestId,
            Kind = kind,
            IssuedOn = issuedOn,
            CreatedAt = createdAt,
            Language = language,
            IssuingAuthority = issuing,
            ValidatingAuthority = validating,
            RequestedAuthority = new RequestedAuthority { Country = requested.Country, Name = requested.Name, Unit = requested.Unit, Officer = requested.Officer, Contact = requested.Contact },
            Channel = channel,
            LegalBasis = legalBasis,
            Urgency = urgency,
            Confidentiality = confidentiality,
            DataProtection = dataProtection,
            ExecutionConditions = executionConditions,
            Proceedings = proceedings,
            Facts = facts,
            Offences = offences,
            DualCriminality = dualCriminality,
            Persons = persons,
            Organisations = organisations,
            Assets = assets,
            Measures = measures,
            Attachments = attachments,
            Provenance = provenance,
        };

    public static Gen<CooperationResponse> Response { get; } =
        from responseId in Uuid
        from inResponseTo in Uuid
        from status in Gen.Enum<ResponseStatus>()
        from createdAt in Instant
        from responding in Authority
        from message in Gen.Null(Text)
        from caseReference in Gen.Null(Text)
        from results in ResponseResult().Array[0, 3]
        from useLimitations in Gen.Select(Gen.Enum<UseLimitationKind>(), Text, (limitKind, text) => new UseLimitation { Kind = limitKind, Text = text }).Array[0, 2]
        from attachments in Attachment.Array[0, 2]
        from language in Language
        select new CooperationResponse
        {
            ResponseId = responseId,
            InResponseTo = inResponseTo,
            Status = status,
            CreatedAt = createdAt,
            RespondingAuthority = responding,
            Message = message,
            CaseReference = caseReference,
            Results = results,
            UseLimitations = useLimitations,
            Attachments = attachments,
            Language = language,
        };

    private static Gen<string> Word(string alphabet, int minLength, int maxLength) =>
        Gen.Char[alphabet].Array[minLength, maxLength].Select(chars => new string(chars));

    private static Gen<IssuingAuthority> IssuingAuthority() =>
        from authority in Authority
        from caseReference in Text
        from requestReference in Gen.Null(Text)
        from nationalSystem in Text
        select new IssuingAuthority
        {
            Country = authority.Country, Name = authority.Name, Unit = authority.Unit, Officer = authority.Officer, Contact = authority.Contact,
            CaseReference = caseReference, RequestReference = requestReference, NationalSystem = nationalSystem,
        };

    private static Gen<LegalBasis> LegalBasis() => Gen.Select(Instrument, Country.Array[0, 2], Text.Array[0, 2],
        (instrument, parties, articles) => new LegalBasis { Instrument = instrument, Parties = parties, Articles = articles });

    private static Gen<Deadline> Deadline() => Gen.Select(Gen.Enum<DeadlineKind>(), Date, Gen.Null(Text),
        (kind, by, reason) => new Deadline { Kind = kind, By = by, Reason = reason });

    private static Gen<Urgency> Urgency() => Gen.Select(Gen.Enum<UrgencyLevel>(), Gen.Enum<UrgencyGround>().Array[0, 3], Gen.Null(Text), Deadline().Array[0, 2],
        (level, grounds, reason, deadlines) => new Urgency { Level = level, Grounds = grounds, Reason = reason, Deadlines = deadlines });

    private static Gen<Confidentiality> Confidentiality() => Gen.Select(Gen.Bool, Gen.Null(Text),
        (confidential, reason) => new Confidentiality { Confidential = confidential, Reason = reason });

    private static Gen<Proceedings> Proceedings() => Gen.Select(Gen.Enum<ProceedingsType>(), Gen.Null(Text), Gen.Null(Text), Gen.Null(Text), Text.Array[0, 2],
        (type, nationalType, court, courtCaseNumber, related) => new Proceedings
        {
            Type = type, NationalType = nationalType, Court = court, CourtCaseNumber = courtCaseNumber, RelatedRequests = related,
        });

    private static Gen<DateRange> DateRange() => Gen.Select(Date, Gen.Nullable(Gen.Int[0, 3650]), (start, days) =>
        new DateRange { Start = start, End = days is null ? null : start.AddDays(days.Value) });

    private static Gen<Facts> Facts() => Gen.Select(Text, Gen.Null(DateRange()), Gen.Null(Text),
        (summary, period, place) => new Facts { Summary = summary, Period = period, Place = place });

    private static Gen<Offence> Offence() => Gen.Select(Gen.Null(IccsCode), Text, Gen.Null(Text), Gen.Null(Text), Gen.Null(Text), Gen.Nullable(Gen.Int[0, 1200]),
        (iccs, code, wording, provision, penalty, months) => new Offence
        {
            IccsCode = iccs, NationalCode = code, NationalWording = wording, LegalProvision = provision, MaximumPenalty = penalty, MaximumCustodialMonths = months,
        });

    private static Gen<IdentityDocument> IdentityDocument() => Gen.Select(Gen.Enum<DocumentType>(), Gen.Null(Text), Text, Gen.Null(Country), Gen.Enum<CheckDigitStatus>(),
        (type, nationalType, number, country, check) => new IdentityDocument
        {
            Type = type, NationalType = nationalType, Number = number, IssuingCountry = country, CheckDigit = check,
        });

    private static Gen<Address> Address() => Gen.Select(Text, Gen.Null(Text), Gen.Null(Country),
        (text, city, country) => new Address { Text = text, City = city, Country = country });

    private static Gen<Person> Person() =>
        from reference in Ref
        from role in Gen.Enum<PersonRole>()
        from fullName in Text
        from givenNames in Gen.Null(Text)
        from familyNames in Text.Array[0, 2]
        from sex in Gen.Nullable(Gen.Enum<Sex>())
        from birthDate in Gen.Nullable(Date)
        from placeOfBirth in Gen.Null(Gen.Select(Gen.Null(Text), Gen.Null(Country), (place, country) => new PlaceOfBirth { Place = place, Country = country }))
        from nationalities in Country.Array[0, 2]
        from languages in Language.Array[0, 2]
        from interpreterNeeded in Gen.Nullable(Gen.Bool)
        from minor in Gen.Nullable(Gen.Bool)
        from custody in Gen.Nullable(Gen.Enum<CustodyStatus>())
        from documents in IdentityDocument().Array[0, 2]
        from addresses in Address().Array[0, 2]
        from aliases in Text.Array[0, 2]
        select new Person
        {
            Ref = reference, Role = role, FullName = fullName, GivenNames = givenNames, FamilyNames = familyNames, Sex = sex, BirthDate = birthDate,
            PlaceOfBirth = placeOfBirth, Nationalities = nationalities, Languages = languages, InterpreterNeeded = interpreterNeeded, Minor = minor,
            Custody = custody, IdentityDocuments = documents, Addresses = addresses, Aliases = aliases,
        };

    private static Gen<Organisation> Organisation() =>
        from reference in Ref
        from name in Text
        from role in Gen.Enum<OrganisationRole>()
        from liability in Gen.Nullable(Gen.Enum<LiabilityRegime>())
        from numbers in IdentityDocument().Array[0, 2]
        from country in Gen.Null(Country)
        from address in Gen.Null(Address())
        select new Organisation
        {
            Ref = reference, Name = name, Role = role, Liability = liability, RegistrationNumbers = numbers, Country = country, Address = address,
        };

    private static Gen<CulturalObject> CulturalObject() =>
        from objectType in Text
        from materials in Text.Array[0, 2]
        from texts in Gen.Null(Text).Array[11]
        from incident in Gen.Null(Gen.Select(Gen.Enum<IncidentType>(), Gen.Nullable(Date), Gen.Null(Text), Gen.Nullable(Gen.Enum<SiteType>()),
            (type, date, place, site) => new CulturalIncident { Type = type, Date = date, Place = place, SiteType = site }))
        from registers in Gen.Select(Text, Text, (register, reference) => new RegisterReference { Register = register, Reference = reference }).Array[0, 2]
        from related in Ref.Array[0, 2]
        from photographs in FileName.Array[0, 2]
        select new CulturalObject
        {
            ObjectType = objectType, Materials = materials, Measurements = texts[0], Inscriptions = texts[1], DistinguishingFeatures = texts[2],
            Title = texts[3], Subject = texts[4], DateOrPeriod = texts[5], Maker = texts[6], Description = texts[7],
            InventoryNumber = texts[8], PlaceOfOrigin = texts[9], Incident = incident, RegisterReferences = registers, ProtectedStatus = texts[10],
            RelatedObjectRefs = related, Photographs = photographs,
        };

    private static Gen<Asset> Asset() =>
        from reference in Ref
        from type in Gen.Enum<AssetType>()
        from description in Gen.Null(Text)
        from value in Gen.Null(Money)
        from holders in Ref.Array[0, 2]
        from owners in Ref.Array[0, 2]
        from location in Gen.Null(Text)
        from bankAccount in Gen.Null(Gen.Select(Gen.Null(Text), Gen.Null(Text), Text, Gen.Null(Country),
            (bank, branch, number, country) => new BankAccount { Bank = bank, Branch = branch, AccountNumber = number, Country = country }))
        from registered in Gen.Null(Gen.Select(Gen.Null(Text), Gen.Null(Text), (number, location) => new RegisteredProperty { RegistryNumber = number, Location = location }))
        from cultural in Gen.Null(CulturalObject())
        select new Asset
        {
            Ref = reference, Type = type, Description = description, Value = value, HolderRefs = holders, OwnerRefs = owners, CurrentLocation = location,
            BankAccount = bankAccount, RegisteredProperty = registered, CulturalObject = cultural,
        };

    private static Gen<Measure> Measure() =>
        from type in Gen.Enum<MeasureType>()
        from code in Gen.Null(Text)
        from description in Gen.Null(Text)
        from purpose in Gen.Null(Text)
        from subjects in Gen.Select(Ref, Gen.Nullable(Gen.Enum<SubjectCapacity>()), (reference, capacity) => new MeasureSubject { Ref = reference, Capacity = capacity }).Array[0, 3]
        from banking in Gen.Null(Gen.Select(Ref.Array[0, 2], Gen.Null(DateRange()), Gen.Enum<BankDocumentType>().Array[0, 3],
            (accounts, period, documents) => new BankingParticulars { AccountRefs = accounts, Period = period, DocumentTypes = documents }))
        from telecom in Gen.Null(Gen.Select(
            Gen.Select(Gen.Enum<TelecomIdentifierType>(), Text, (identifierType, value) => new TelecomIdentifier { Type = identifierType, Value = value }).Array[0, 3],
            Gen.Null(DateRange()),
            (identifiers, period) => new TelecomParticulars { Identifiers = identifiers, Period = period }))
        from hearing in Gen.Null(Hearing())
        from order in Gen.Null(NationalOrder())
        from formalities in Gen.Null(Text)
        from respondBy in Gen.Nullable(Date)
        select new Measure
        {
            Type = type, NationalCode = code, Description = description, Purpose = purpose, Subjects = subjects, Banking = banking, Telecom = telecom,
            Hearing = hearing, NationalOrder = order, Formalities = formalities, RespondBy = respondBy,
        };

    private static Gen<HearingParticulars> Hearing() =>
        from capacity in Gen.Nullable(Gen.Enum<HearingCapacity>())
        from modality in Gen.Nullable(Gen.Enum<HearingModality>())
        from questions in Text.Array[0, 3]
        from underOath in Gen.Nullable(Gen.Bool)
        from consent in Gen.Nullable(Gen.Bool)
        select new HearingParticulars { Capacity = capacity, Modality = modality, Questions = questions, UnderOath = underOath, SuspectConsent = consent };

    private static Gen<NationalOrder> NationalOrder() => Gen.Select(Gen.Enum<OrderIssuer>(), Gen.Null(Text), Gen.Null(Text), Gen.Nullable(Date), Gen.Null(FileName),
        (issuer, authority, reference, date, file) => new NationalOrder { IssuedBy = issuer, Authority = authority, Reference = reference, Date = date, AttachmentFileName = file });

    private static Gen<Provenance> Provenance() => Gen.Select(Text, Text, Text, FileName, Text,
        (adapterId, version, format, file, record) => new Provenance
        {
            AdapterId = adapterId, AdapterVersion = version, SourceFormat = format, SourceFile = file, RecordId = record,
        });

    private static Gen<ResponseResult> ResponseResult() =>
        from index in Gen.Nullable(Gen.Int[0, 50])
        from status in Gen.Enum<ResponseStatus>()
        from summary in Text
        from grounds in Gen.Select(Gen.Enum<RefusalGroundCode>(), Gen.Null(Text), (code, explanation) => new RefusalGround { Code = code, Explanation = explanation }).Array[0, 2]
        from postponedUntil in Gen.Nullable(Date)
        from conditions in Text.Array[0, 2]
        from needed in Gen.Select(Text, Gen.Nullable(Date), (description, neededBy) => new InformationNeeded { Description = description, By = neededBy }).Array[0, 2]
        from forwardedTo in Gen.Null(Authority)
        from substitute in Gen.Nullable(Gen.Enum<MeasureType>())
        from costs in Gen.Null(Gen.Select(Money, Gen.Bool, Gen.Null(Text), (amount, extraordinary, description) => new ExecutionCosts { Amount = amount, Extraordinary = extraordinary, Description = description }))
        from files in FileName.Array[0, 2]
        select new ResponseResult
        {
            MeasureIndex = index, Status = status, Summary = summary, RefusalGrounds = grounds, PostponedUntil = postponedUntil, Conditions = conditions,
            InformationNeeded = needed, ForwardedTo = forwardedTo, SubstituteMeasure = substitute, Costs = costs, AttachmentFileNames = files,
        };
}
