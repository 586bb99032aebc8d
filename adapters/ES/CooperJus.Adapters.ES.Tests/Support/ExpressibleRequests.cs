using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Adapters.ES.Tests.Support;

/// <summary>
/// Generates canonical requests that the Fortuny format can express exactly: Spanish issuer in FORTUNY, codes from the
/// adapter's lists, Spanish documents and passports without issuing State, cultural objects only, refs numbered in
/// order, no targets, text without surrounding white space or carriage returns (XML and the reader drop those).
/// </summary>
internal static class ExpressibleRequests
{
    private const string Letters = "abcdefghijklmnñopqrstuvwxyzáéíóúüçABCDEFGHIJKLMNÑOPQRSTUVWXYZÁÉÍÓÚ0123456789";
    private const string Punctuation = " .,:-()/'\"&<>[]ªº€«»\t";
    private const string DniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

    private static readonly Lazy<SpainCodeLists> Lists = new(() => SpainCodeLists.Load(new CodeListSource(Path.Combine(Paths.AdapterFolder, "codelists"))));

    private static readonly string[] Countries = ["ES", "PE", "BR", "PA", "CO", "UY", "PY", "CL", "FR", "DE", "US", "CN", "MA"];

    /// <summary>One to three requests sharing one creation time, as one Fortuny export holds them.</summary>
    public static Gen<List<CooperationRequest>> Export =>
        Gen.Select(CreatedAt, Request.List[1, 3], (createdAt, requests) => requests.Select(r => r with { CreatedAt = createdAt }).ToList());

    private static Gen<string> Word => Gen.String[Gen.Char[Letters], 1, 12];

    private static Gen<string> Text => Gen.String[Gen.Char[Letters + Punctuation + ";"], 1, 40].Select(Tidy);

    private static Gen<string> TextWithoutSemicolon => Gen.String[Gen.Char[Letters + Punctuation], 1, 30].Select(Tidy);

    private static Gen<string> Paragraphs => Gen.String[Gen.Char[Letters + Punctuation + ";\n"], 1, 120].Select(Tidy);

    private static Gen<string> Country => Gen.OneOfConst(Countries);

    private static Gen<DateOnly> Date => Gen.DateOnly[new DateOnly(1900, 1, 1), new DateOnly(2100, 12, 31)];

    private static Gen<DateTimeOffset> CreatedAt =>
        Gen.Select(Gen.Long[new DateTime(2000, 1, 1).Ticks, new DateTime(2100, 1, 1).Ticks], Gen.Int[-14 * 60, 14 * 60],
            (ticks, minutes) => new DateTimeOffset(ticks, TimeSpan.FromMinutes(minutes)));

    private static Gen<CooperationRequest> Request =>
        Gen.Select(Issuer, Terms, Parties, Gen.Select(CulturalObject.List[0, 2], Measure.List[1, 3], Attachment.List[0, 2]),
            (issuer, terms, parties, rest) => new CooperationRequest
            {
                RequestId = RequestIds.FromNationalReference("ES", "FORTUNY", issuer.Authority.RequestReference!),
                CreatedAt = default,
                Language = "es",
                IssuingAuthority = issuer.Authority,
                RequestedAuthority = new RequestedAuthority { Country = terms.Country },
                LegalBasis = terms.LegalBasis,
                Urgency = terms.Urgency,
                Confidentiality = new Confidentiality { Confidential = terms.Confidential },
                Proceedings = issuer.Proceedings,
                Facts = new Facts { Summary = terms.Summary },
                Offences = terms.Offences,
                Persons = [.. parties.Persons.Select((p, i) => p with { Ref = $"p{i + 1}" })],
                Organisations = [.. parties.Organisations.Select((o, i) => o with { Ref = $"o{i + 1}" })],
                Assets = [.. rest.Item1.Select((a, i) => a with { Ref = $"a{i + 1}" })],
                Measures = rest.Item2,
                Attachments = rest.Item3,
                Provenance = new Provenance { AdapterId = "ES", AdapterVersion = "1.0.0", SourceFormat = "fortuny-xml", SourceFile = "generated.xml", RecordId = issuer.Authority.RequestReference! },
            });

    private static Gen<(IssuingAuthority Authority, Proceedings? Proceedings)> Issuer =>
        Gen.Select(Word, Text, Text.Null(), Gen.Select(Text.Null(), Text.Null()), Text, ProceedingsGen,
            (reference, name, officer, contact, number, proceedings) => (new IssuingAuthority
            {
                Country = "ES",
                NationalSystem = "FORTUNY",
                RequestReference = "REF-" + reference,
                CaseReference = proceedings?.NationalType is { } procedureClass ? $"{procedureClass} {number}" : number,
                Name = name,
                Officer = officer is null ? null : new Officer { Name = officer },
                Contact = contact is (null, null) ? null : new Contact { Email = contact.Item1, Phone = contact.Item2 },
            }, proceedings));

    private static Gen<Proceedings?> ProceedingsGen =>
        Gen.Frequency(
            (1, Gen.Const((Proceedings?)null)),
            (1, Text.Select(court => (Proceedings?)new Proceedings { Court = court })),
            (3, Gen.Select(Gen.OneOfConst([.. Lists.Value.Proceedings.Entries]), Text.Null(),
                (entry, court) => (Proceedings?)new Proceedings { Type = Enum<ProceedingsType>(entry["type"]), NationalType = entry.Key, Court = court })));

    private static Gen<(string Country, List<LegalBasis> LegalBasis, Urgency Urgency, bool Confidential, string Summary, List<Offence> Offences)> Terms =>
        Gen.Select(Country, Gen.OneOfConst([.. Lists.Value.Instruments.Entries]).List[0, 3], UrgencyGen, Gen.Bool, Paragraphs, OffenceGen.List[1, 3],
            (country, instruments, urgency, confidential, summary, offences) => (country,
                instruments.Select(e => new LegalBasis { Instrument = e["instrument"]!, Parties = SpainCodeLists.Parties(e) }).ToList(),
                urgency, confidential, summary, offences));

    private static Gen<Urgency> UrgencyGen =>
        Gen.Select(Gen.Enum<UrgencyLevel>(), Text.Null(), Date.Nullable(), (level, reason, respondBy) => new Urgency { Level = level, Reason = reason, RespondBy = respondBy });

    private static Gen<Offence> OffenceGen =>
        Gen.Select(Gen.OneOfConst([.. Lists.Value.Offences.Entries]).Null(0.2), Gen.Int[100, 999], Text.Null(),
            (entry, unknown, wording) => new Offence { NationalCode = entry?.Key ?? $"X-{unknown}", IccsCode = entry?["iccs"], NationalWording = wording });

    private static Gen<(List<Person> Persons, List<Organisation> Organisations)> Parties =>
        Gen.Select(PersonGen.List[0, 3], OrganisationGen.List[0, 2], (persons, organisations) => (persons, organisations));

    private static Gen<Person> PersonGen =>
        Gen.Select(Gen.Enum<PersonRole>(), Gen.Select(TextWithoutSemicolon.Null(), TextWithoutSemicolon.List[0, 2]), Date.Nullable(), Country.List[0, 2],
            PersonDocument.List[0, 2], Text.List[0, 2],
            (role, names, birthDate, nationalities, documents, addresses) =>
            {
                var (given, family) = names.Item1 is null && names.Item2.Count == 0 ? ("Sin nombre", names.Item2) : names;
                return new Person
                {
                    Ref = "p",
                    Role = role,
                    GivenNames = given,
                    FamilyNames = family,
                    FullName = string.Join(' ', new[] { given }.Concat(family).OfType<string>()),
                    BirthDate = birthDate,
                    Nationalities = nationalities,
                    IdentityDocuments = documents,
                    Addresses = [.. addresses.Select(a => new Address { Text = a })],
                };
            });

    private static Gen<IdentityDocument> PersonDocument =>
        Gen.Frequency(
            (2, Gen.Int[0, 99_999_999].Select(n => Spanish(DocumentType.NationalId, "DNI", $"{n:D8}{DniLetters[n % 23]}"))),
            (1, Gen.Select(Gen.Int[0, 2], Gen.Int[0, 9_999_999], (prefix, n) => Spanish(DocumentType.ForeignerId, "NIE", $"{"XYZ"[prefix]}{n:D7}{DniLetters[((prefix * 10_000_000) + n) % 23]}"))),
            (1, Word.Select(number => new IdentityDocument { Type = DocumentType.Passport, NationalType = "PASAPORTE", Number = number })));

    private static Gen<Organisation> OrganisationGen =>
        Gen.Select(Gen.Enum<OrganisationRole>(), Text, Gen.Select(Gen.Char["ABCDEFGHJNPQRSUVW"], Gen.Int[0, 9_999_999]).List[0, 1], Country.Null(), Text.Null(),
            (role, name, cifs, country, address) => new Organisation
            {
                Ref = "o",
                Role = role,
                Name = name,
                RegistrationNumbers = [.. cifs.Select(c => Spanish(DocumentType.TaxId, "CIF", Cif(c.Item1, c.Item2)))],
                Country = country,
                Address = address is null ? null : new Address { Text = address },
            });

    private static Gen<Asset> CulturalObject =>
        Gen.Select(Text, TextWithoutSemicolon.List[0, 3], Text.Null().Array[10, 10], MoneyGen.Null(),
            (objectType, materials, fields, value) => new Asset
            {
                Ref = "a",
                Type = AssetType.CulturalObject,
                Value = value,
                CulturalObject = new CulturalObject
                {
                    ObjectType = objectType,
                    Materials = materials,
                    Measurements = fields[0],
                    Inscriptions = fields[1],
                    DistinguishingFeatures = fields[2],
                    Title = fields[3],
                    Subject = fields[4],
                    DateOrPeriod = fields[5],
                    Maker = fields[6],
                    Description = fields[7],
                    InventoryNumber = fields[8],
                    PlaceOfOrigin = fields[9],
                },
            });

    private static Gen<MonetaryAmount> MoneyGen =>
        Gen.Select(Gen.Long[0, 999_999_999_999], Gen.String[Gen.Char["0123456789"], 0, 3], Gen.OneOfConst("EUR", "USD", "PEN", "BRL"),
            (units, fraction, currency) => new MonetaryAmount { Amount = fraction.Length == 0 ? $"{units}" : $"{units}.{fraction}", Currency = currency });

    private static Gen<Measure> Measure =>
        Gen.Select(Gen.OneOfConst([.. Lists.Value.Measures.Entries]), Paragraphs.Null(),
            (entry, description) => new Measure { Type = Enum<MeasureType>(entry["type"]), NationalCode = entry.Key, Description = description });

    private static Gen<Attachment> Attachment =>
        Gen.Select(Word, Gen.OneOfConst("application/pdf", "image/jpeg", "text/plain; charset=utf-8"), Gen.String[Gen.Char["0123456789abcdef"], 64, 64], Gen.Long[0, long.MaxValue],
            (name, mediaType, sha256, size) => new Attachment { FileName = name + ".pdf", MediaType = mediaType, Sha256 = sha256, Size = size });

    private static IdentityDocument Spanish(DocumentType type, string nationalType, string number) =>
        new() { Type = type, NationalType = nationalType, Number = number, IssuingCountry = "ES", CheckDigit = CheckDigitStatus.Valid };

    /// <summary>A CIF with its control digit, computed here independently of the adapter.</summary>
    private static string Cif(char letter, int body)
    {
        var digits = $"{body:D7}";
        var sum = digits.Select((c, i) => i % 2 == 1 ? c - '0' : ((c - '0') * 2 / 10) + ((c - '0') * 2 % 10)).Sum();
        return $"{letter}{digits}{(10 - (sum % 10)) % 10}";
    }

    private static TEnum Enum<TEnum>(string? code) where TEnum : struct, Enum =>
        CanonicalCodes.TryParse<TEnum>(code, out var value) ? value.Value : throw new ArgumentException($"'{code}' is not a {typeof(TEnum).Name} code.", nameof(code));

    private static string Tidy(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? "x" : trimmed;
    }
}
