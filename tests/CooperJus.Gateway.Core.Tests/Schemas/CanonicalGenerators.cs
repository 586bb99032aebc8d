using System.Globalization;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Gateway.Core.Tests.Schemas;

/// <summary>
/// CsCheck generators of canonical documents that an adapter could legitimately produce: codes and identifiers in
/// their canonical shape, free text anything non-empty (accents, quotes, line breaks, emoji, other scripts), optional
/// values sometimes absent, lists sometimes empty.
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

    public static Gen<Attachment> Attachment { get; } = Gen.Select(FileName, MediaType, Sha256, Gen.Long[0, long.MaxValue],
        (fileName, mediaType, sha256, size) => new Attachment { FileName = fileName, MediaType = mediaType, Sha256 = sha256, Size = size });

    public static Gen<CooperationRequest> Request { get; } =
        from requestId in Uuid
        from kind in Gen.Enum<RequestKind>()
        from createdAt in Instant
        from language in Language
        from issuing in IssuingAuthority()
        from validating in Gen.Null(Authority)
        from requested in Authority
        from legalBasis in LegalBasis().Array[0, 3]
        from urgency in Urgency()
        from confidentiality in Confidentiality()
        from proceedings in Gen.Null(Proceedings())
        from facts in Facts()
        from offences in Offence().Array[0, 3]
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
            CreatedAt = createdAt,
            Language = language,
            IssuingAuthority = issuing,
            ValidatingAuthority = validating,
            RequestedAuthority = new RequestedAuthority { Country = requested.Country, Name = requested.Name, Unit = requested.Unit, Officer = requested.Officer, Contact = requested.Contact },
            LegalBasis = legalBasis,
            Urgency = urgency,
            Confidentiality = confidentiality,
            Proceedings = proceedings,
            Facts = facts,
            Offences = offences,
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

    private static Gen<Urgency> Urgency() => Gen.Select(Gen.Enum<UrgencyLevel>(), Gen.Null(Text), Gen.Nullable(Date),
        (level, reason, respondBy) => new Urgency { Level = level, Reason = reason, Deadlines = respondBy is { } by ? [new Deadline { Kind = DeadlineKind.Execute, By = by }] : [] });

    private static Gen<Confidentiality> Confidentiality() => Gen.Select(Gen.Bool, Text.Array[0, 2],
        (confidential, reason) => new Confidentiality { Confidential = confidential, Reason = reason.Length > 0 ? reason[0] : null });

    private static Gen<Proceedings> Proceedings() => Gen.Select(Gen.Enum<ProceedingsType>(), Gen.Null(Text), Gen.Null(Text), Gen.Null(Text), Text.Array[0, 2],
        (type, nationalType, court, courtCaseNumber, related) => new Proceedings
        {
            Type = type, NationalType = nationalType, Court = court, CourtCaseNumber = courtCaseNumber, RelatedRequests = related,
        });

    private static Gen<DateRange> DateRange() => Gen.Select(Date, Gen.Nullable(Gen.Int[0, 3650]), (start, days) =>
        new DateRange { Start = start, End = days is null ? null : start.AddDays(days.Value) });

    private static Gen<Facts> Facts() => Gen.Select(Text, Gen.Null(DateRange()), Gen.Null(Text),
        (summary, period, place) => new Facts { Summary = summary, Period = period, Place = place });

    private static Gen<Offence> Offence() => Gen.Select(Gen.Null(IccsCode), Text, Gen.Null(Text), Gen.Null(Text), Gen.Null(Text),
        (iccs, code, wording, provision, penalty) => new Offence
        {
            IccsCode = iccs, NationalCode = code, NationalWording = wording, LegalProvision = provision, MaximumPenalty = penalty,
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
        from birthDate in Gen.Nullable(Date)
        from nationalities in Country.Array[0, 2]
        from documents in IdentityDocument().Array[0, 2]
        from addresses in Address().Array[0, 2]
        from aliases in Text.Array[0, 2]
        select new Person
        {
            Ref = reference, Role = role, FullName = fullName, GivenNames = givenNames, FamilyNames = familyNames, BirthDate = birthDate,
            Nationalities = nationalities, IdentityDocuments = documents, Addresses = addresses, Aliases = aliases,
        };

    private static Gen<Organisation> Organisation() => Gen.Select(Ref, Text, Gen.Enum<OrganisationRole>(), IdentityDocument().Array[0, 2], Gen.Null(Country), Gen.Null(Address()),
        (reference, name, role, numbers, country, address) => new Organisation
        {
            Ref = reference, Name = name, Role = role, RegistrationNumbers = numbers, Country = country, Address = address,
        });

    private static Gen<CulturalObject> CulturalObject() =>
        from objectType in Text
        from materials in Text.Array[0, 2]
        from texts in Gen.Null(Text).Array[10]
        from photographs in FileName.Array[0, 2]
        select new CulturalObject
        {
            ObjectType = objectType, Materials = materials, Measurements = texts[0], Inscriptions = texts[1], DistinguishingFeatures = texts[2],
            Title = texts[3], Subject = texts[4], DateOrPeriod = texts[5], Maker = texts[6], Description = texts[7],
            InventoryNumber = texts[8], PlaceOfOrigin = texts[9], Photographs = photographs,
        };

    private static Gen<Asset> Asset() =>
        from reference in Ref
        from type in Gen.Enum<AssetType>()
        from description in Gen.Null(Text)
        from value in Gen.Null(Gen.Select(Amount, Currency, (amount, currency) => new MonetaryAmount { Amount = amount, Currency = currency }))
        from holders in Ref.Array[0, 2]
        from bankAccount in Gen.Null(Gen.Select(Gen.Null(Text), Gen.Null(Text), Text, Gen.Null(Country),
            (bank, branch, number, country) => new BankAccount { Bank = bank, Branch = branch, AccountNumber = number, Country = country }))
        from registered in Gen.Null(Gen.Select(Gen.Null(Text), Gen.Null(Text), (number, location) => new RegisteredProperty { RegistryNumber = number, Location = location }))
        from cultural in Gen.Null(CulturalObject())
        select new Asset
        {
            Ref = reference, Type = type, Description = description, Value = value, HolderRefs = holders,
            BankAccount = bankAccount, RegisteredProperty = registered, CulturalObject = cultural,
        };

    private static Gen<Measure> Measure() => Gen.Select(Gen.Enum<MeasureType>(), Gen.Null(Text), Gen.Null(Text), Ref.Array[0, 3], Gen.Null(Text), Gen.Nullable(Date),
        (type, code, description, targets, formalities, respondBy) => new Measure
        {
            Type = type, NationalCode = code, Description = description, Subjects = [.. targets.Select(t => new MeasureSubject { Ref = t })], Formalities = formalities, RespondBy = respondBy,
        });

    private static Gen<Provenance> Provenance() => Gen.Select(Text, Text, Text, FileName, Text,
        (adapterId, version, format, file, record) => new Provenance
        {
            AdapterId = adapterId, AdapterVersion = version, SourceFormat = format, SourceFile = file, RecordId = record,
        });

    private static Gen<ResponseResult> ResponseResult() => Gen.Select(Gen.Nullable(Gen.Int[0, 50]), Gen.Enum<ResponseStatus>(), Text, FileName.Array[0, 2],
        (index, status, summary, files) => new ResponseResult { MeasureIndex = index, Status = status, Summary = summary, AttachmentFileNames = files });
}
