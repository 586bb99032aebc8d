using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Adapters.ES.Tests.Support;

/// <summary>
/// Generates canonical requests that the Fortuny format can express exactly: Spanish issuer in FORTUNY, codes from the
/// adapter's lists, Spanish documents and passports without issuing State, cultural objects only, refs numbered in
/// order, text without surrounding white space or carriage returns (XML and the reader drop those); v2 fields as
/// Fortuny carries them: the channel from the list (Iber@ with the Medellín Treaty), an organisation's liability as its
/// condición implies, measure subjects that name a party or cultural object, a hearing's capacity as the first person
/// named implies.
/// </summary>
/// <remarks>
/// The hearing rules are restated here (not taken from the adapter) so the property test checks them independently.
/// </remarks>
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
        Gen.Select(Issuer, Terms, Parties, Gen.Select(CulturalObject.List[0, 2], Measure.List[1, 3], Attachment.List[0, 2]), V2Terms,
            (issuer, terms, parties, rest, v2) => Linked(new CooperationRequest
            {
                RequestId = RequestIds.FromNationalReference("ES", "FORTUNY", issuer.Authority.RequestReference!),
                IssuedOn = v2.IssuedOn,
                CreatedAt = default,
                Language = "es",
                IssuingAuthority = issuer.Authority,
                RequestedAuthority = new RequestedAuthority { Country = terms.Country },
                Channel = v2.Channel,
                LegalBasis = terms.LegalBasis,
                Urgency = terms.Urgency,
                Confidentiality = new Confidentiality { Confidential = terms.Confidential },
                DataProtection = v2.DataProtection,
                ExecutionConditions = v2.ExecutionConditions,
                Proceedings = issuer.Proceedings,
                Facts = new Facts { Summary = terms.Summary },
                Offences = terms.Offences,
                DualCriminality = v2.DualCriminality,
                Persons = [.. parties.Persons.Select((p, i) => p with { Ref = $"p{i + 1}" })],
                Organisations = [.. parties.Organisations.Select((o, i) => o with { Ref = $"o{i + 1}" })],
                Assets = [.. rest.Item1.Select((a, i) => a with { Ref = $"a{i + 1}" })],
                Measures = rest.Item2,
                Attachments = rest.Item3,
                Provenance = new Provenance { AdapterId = "ES", AdapterVersion = "1.0.0", SourceFormat = "fortuny-xml", SourceFile = "generated.xml", RecordId = issuer.Authority.RequestReference! },
            }, v2.Links));

    private static Gen<(DateOnly? IssuedOn, TransmissionChannel? Channel, DataProtection? DataProtection, ExecutionConditions? ExecutionConditions, DualCriminality? DualCriminality, int[] Links)> V2Terms =>
        Gen.Select(Date.Nullable(), ChannelGen, DataProtectionGen, ExecutionConditionsGen, Text.Null(), Gen.Int[0, 99].Array[0, 6],
            (issuedOn, channel, protection, conditions, statement, links) => (issuedOn, channel, protection, conditions, statement is null ? null : new DualCriminality { Statement = statement }, links));

    private static Gen<TransmissionChannel?> ChannelGen =>
        Gen.Frequency(
            (2, Gen.Const((TransmissionChannel?)null)),
            (1, Gen.Const((TransmissionChannel?)new TransmissionChannel { Kind = ChannelKind.IberAt, Instrument = "medellin-2019" })),
            (2, Gen.Enum<ChannelKind>().Select(kind => (TransmissionChannel?)new TransmissionChannel { Kind = kind })));

    private static Gen<DataProtection?> DataProtectionGen =>
        Gen.Select(Text, Text.List[0, 2], (basis, conditions) => new DataProtection { TransferBasis = basis, OnwardTransferConditions = conditions }).Null();

    private static Gen<ExecutionConditions?> ExecutionConditionsGen =>
        Gen.Frequency(
            (2, Gen.Const((ExecutionConditions?)null)),
            (1, Gen.Select(Gen.Select(Text, Text.Null(), (name, role) => new Officer { Name = name, Role = role }).List[0, 2], Text.Null(),
                (officials, formalities) => (ExecutionConditions?)new ExecutionConditions { PresenceOfRequestingOfficials = true, Officials = officials, Formalities = formalities })),
            (1, Text.Select(formalities => (ExecutionConditions?)new ExecutionConditions { Formalities = formalities })));

    /// <summary>
    /// Gives each measure the subjects the numbers in <paramref name="links"/> pick (parties and cultural objects), then
    /// the type and hearing Fortuny reads back: VIDEOCONFERENCIA of a suspect or accused is a suspect hearing, and a
    /// hearing's capacity is the condición of the first person named.
    /// </summary>
    private static CooperationRequest Linked(CooperationRequest request, int[] links)
    {
        List<(string Ref, PersonRole? Role)> targets = [.. request.Persons.Select(p => (p.Ref, (PersonRole?)p.Role)).Concat(request.Organisations.Select(o => (o.Ref, (PersonRole?)null)))
            .Concat(request.Assets.Select(a => (a.Ref, (PersonRole?)null)))];
        var measures = request.Measures.Select((measure, i) =>
        {
            List<(string Ref, PersonRole? Role)> subjects = targets.Count == 0 ? [] : [.. links.Where(l => l % request.Measures.Count == i).Select(l => targets[l % targets.Count]).DistinctBy(t => t.Ref)];
            var firstRole = subjects.Count > 0 ? subjects[0].Role : null;
            var type = measure.NationalCode == "VIDEOCONFERENCIA" && firstRole is PersonRole.Suspect or PersonRole.Accused ? MeasureType.SuspectHearing : measure.Type;
            var hearing = measure.Hearing;
            if (type is MeasureType.WitnessHearing or MeasureType.SuspectHearing)
            {
                HearingCapacity? capacity = firstRole switch
                {
                    PersonRole.Suspect or PersonRole.Accused => HearingCapacity.Suspect,
                    PersonRole.Witness => HearingCapacity.Witness,
                    PersonRole.Victim => HearingCapacity.Victim,
                    PersonRole.Expert => HearingCapacity.Expert,
                    _ => null,
                };
                var modality = measure.NationalCode == "VIDEOCONFERENCIA" ? HearingModality.Videoconference : hearing?.Modality;
                hearing = capacity is null && modality is null ? null : new HearingParticulars { Capacity = capacity, Modality = modality };
            }
            else hearing = null;
            return measure with
            {
                Type = type,
                Hearing = hearing,
                Subjects = [.. subjects.Select((t, k) => new MeasureSubject { Ref = t.Ref, Capacity = k % 2 == 0 ? System.Enum.GetValues<SubjectCapacity>()[(i + k) % System.Enum.GetValues<SubjectCapacity>().Length] : null })],
            };
        });
        return request with { Measures = [.. measures] };
    }

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
        Gen.Select(Country, Gen.OneOfConst([.. Lists.Value.Instruments.Entries.Where(e => e["channel"] is null)]).List[0, 3], UrgencyGen, Gen.Bool, Paragraphs, OffenceGen.List[1, 3],
            (country, instruments, urgency, confidential, summary, offences) => (country,
                instruments.Select(e => new LegalBasis { Instrument = e["instrument"]!, Parties = SpainCodeLists.Parties(e) }).ToList(),
                urgency, confidential, summary, offences));

    private static Gen<Urgency> UrgencyGen =>
        Gen.Select(Gen.Enum<UrgencyLevel>(), Text.Null(), Date.Nullable(), Text.Null(), Gen.Enum<UrgencyGround>().List[0, 3],
            (level, reason, by, deadlineReason, grounds) => new Urgency
            {
                Level = level,
                Grounds = [.. grounds.Distinct()],
                Reason = reason,
                Deadlines = by is { } date ? [new Deadline { Kind = DeadlineKind.Execute, By = date, Reason = deadlineReason }] : [],
            });

    private static Gen<Offence> OffenceGen =>
        Gen.Select(Gen.OneOfConst([.. Lists.Value.Offences.Entries]).Null(0.2), Gen.Int[100, 999], Text.Null(), Text.Null(), Gen.Int[0, 600].Nullable(),
            (entry, unknown, wording, penalty, months) => new Offence { NationalCode = entry?.Key ?? $"X-{unknown}", IccsCode = entry?["iccs"], NationalWording = wording, MaximumPenalty = penalty, MaximumCustodialMonths = months });

    private static Gen<(List<Person> Persons, List<Organisation> Organisations)> Parties =>
        Gen.Select(PersonGen.List[0, 3], OrganisationGen.List[0, 2], (persons, organisations) => (persons, organisations));

    private static Gen<Person> PersonGen =>
        Gen.Select(Gen.Enum<PersonRole>(), Gen.Select(TextWithoutSemicolon.Null(), TextWithoutSemicolon.List[0, 2]), Date.Nullable(), Country.List[0, 2],
            PersonDocument.List[0, 2], Text.List[0, 2], PersonDetails,
            (role, names, birthDate, nationalities, documents, addresses, details) =>
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
                    Sex = details.Sex,
                    PlaceOfBirth = details.PlaceOfBirth,
                    Languages = details.Languages,
                    InterpreterNeeded = details.Interpreter,
                    Minor = details.Minor,
                    Custody = details.Custody,
                };
            });

    private static Gen<(Sex? Sex, PlaceOfBirth? PlaceOfBirth, List<string> Languages, bool? Interpreter, bool? Minor, CustodyStatus? Custody)> PersonDetails =>
        Gen.Select(Gen.Enum<Sex>().Nullable(), Gen.Select(Text.Null(), Country.Null()), Gen.OneOfConst([.. Lists.Value.Languages.Entries.Select(e => e["tag"]!).Distinct()]).List[0, 3],
            Gen.Bool.Nullable(), Gen.Bool.Nullable(), Gen.Enum<CustodyStatus>().Nullable(),
            (sex, place, languages, interpreter, minor, custody) => (sex, place is (null, null) ? null : new PlaceOfBirth { Place = place.Item1, Country = place.Item2 },
                languages.Distinct().ToList(), interpreter, minor, custody));

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
                Liability = role == OrganisationRole.Investigated ? LiabilityRegime.Criminal : null,
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
        Gen.Select(Gen.OneOfConst([.. Lists.Value.Measures.Entries]), Paragraphs.Null(), Text.Null(), Gen.Enum<HearingModality>().Nullable(), NationalOrderGen,
            (entry, description, purpose, modality, order) => new Measure
            {
                Type = Enum<MeasureType>(entry["type"]),
                NationalCode = entry.Key,
                Description = description,
                Purpose = purpose,
                Hearing = modality is null ? null : new HearingParticulars { Modality = modality },
                NationalOrder = order,
            });

    private static Gen<NationalOrder?> NationalOrderGen =>
        Gen.Select(Gen.Enum<OrderIssuer>(), Text.Null(), Text.Null(), Date.Nullable(), Word.Null(),
            (issuer, authority, reference, date, file) => new NationalOrder { IssuedBy = issuer, Authority = authority, Reference = reference, Date = date, AttachmentFileName = file is null ? null : file + ".pdf" }).Null();

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
