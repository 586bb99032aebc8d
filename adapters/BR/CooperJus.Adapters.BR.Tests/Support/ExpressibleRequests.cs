using System.Globalization;
using CooperJus.Adapters.BR.Conversions;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Adapters.BR.Tests.Support;

/// <summary>
/// Canonical requests the Sistema Único layout can express completely, for the round-trip property: every value is
/// one that reading the rendered pedido gives back (the request id derived from idPedido, the kind from the measures,
/// codes that the code lists map both ways, a CPF and a passport at most, and so on; see README.md).
/// </summary>
internal static class ExpressibleRequests
{
    private static readonly CodeListSource Lists = new(TestAdapter.CodeListDirectory);
    private static readonly string[] Countries = ["BR", "PE", "ES", "UY", "AR", "CL", "US", "PT", "PY", "CU"];
    private static readonly string[] Diplomas = ["Lei 9.613/1998", "Código Penal", "Lei 12.850/2013", "Lei 99.999/2020", "CP-228"];
    private static readonly string?[] Articles = ["1º", "317", "2º", "33", "149-A", null];

    /// <summary>Free text: accents, quotes, backslashes, slashes, tildes, non-BMP letters; trimmed and never empty.</summary>
    public static readonly Gen<string> Text =
        Gen.Frequency(
                (12, Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 çãõáéíóúâêôàüÇÃÉ\"\\/~.,;:-()ºª"]),
                (1, Gen.OneOfConst('\n', '\t', '€', '中')))
            .Array[1, 30]
            .Select(chars => new string(chars).Trim())
            .Select(text => text.Length == 0 ? "x" : text + (text.Length % 5 == 0 ? "\U0001D11E" : ""));

    private static readonly Gen<string> Word = Gen.Char["abcdefghijklmnopqrstuvwxyzÁÉÍçã"].Array[2, 12].Select(c => "M" + new string(c));

    private static readonly Gen<string> Email = Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"].Array[1, 12].Select(local => new string(local) + "@mpf.mp.br");

    private static readonly Gen<DateOnly> Date = Gen.DateOnly[new DateOnly(1930, 1, 1), new DateOnly(2060, 12, 31)];

    private static readonly Gen<string> Country = Gen.OneOfConst(Countries);

    private static readonly Gen<DateRange> Period =
        Gen.Select(Date, Gen.Int[0, 4000].Nullable(0.3), (start, days) => new DateRange { Start = start, End = days is { } d ? start.AddDays(d) : null });

    /// <summary>Language tags the code list gives (each is written back as its first name there).</summary>
    private static readonly Gen<string> Language = Gen.OneOfConst([.. Lists.Load("languages").Entries.Select(e => e["language"]!).Distinct()]);

    public static Gen<CooperationRequest> Request { get; } =
        Gen.Select(Header, Terms, Parties, Measures, Extras, (header, terms, parties, measures, extras) => Assemble(header, terms, parties, measures, extras));

    /// <summary>What v2 added at the request's level: the date of signature, the channel, the dual-criminality statement and the anexos.</summary>
    private static Gen<(DateOnly?, TransmissionChannel?, DualCriminality?, Attachment[])> Extras =>
        Gen.Select(Date.Nullable(0.4), Gen.Select(Gen.Enum<ChannelKind>(), Text.Null(0.4), (kind, instrument) => new TransmissionChannel { Kind = kind, Instrument = instrument }).Null(0.4),
            Text.Null(0.5), Attachment.Array[0, 2],
            (issuedOn, channel, dual, attachments) => (issuedOn, channel, dual is null ? null : new DualCriminality { Statement = dual },
                attachments.Select((a, i) => a with { FileName = $"anexo_{i}.pdf" }).ToArray()));

    private static Gen<Attachment> Attachment =>
        Gen.Select(Gen.Char["0123456789abcdef"].Array[64, 64], Gen.Long[0, 1L << 40], Gen.Enum<AttachmentType>().Nullable(0.3), Language.Null(0.4),
            Gen.Select(Text.Null(0.5), Date.Nullable(0.5), Text.Null(0.5), Gen.Enum<CopyKind>().Nullable(0.4)),
            Gen.Select(Date, Text, Text.Null(0.5), (on, holder, action) => new CustodyEvent { On = on, Holder = holder, Action = action }).Array[0, 2],
            Date.Nullable(0.6), Gen.Bool,
            (hash, size, type, language, rest, chain, returnBy, translation) => new Attachment
            {
                FileName = "",
                MediaType = "application/pdf",
                Sha256 = new string(hash),
                Size = size,
                DocumentType = type,
                Language = language,
                TranslationOf = translation ? "anexo_0.pdf" : null,
                Obtained = rest.Item2 is null && rest.Item3 is null ? null : new Obtained { On = rest.Item2, By = rest.Item3 },
                CopyKind = rest.Item4,
                SealNumber = rest.Item1,
                ChainOfCustody = chain,
                ReturnBy = returnBy,
            });

    private static Gen<(string Reference, string Case, DateTimeOffset CreatedAt, IssuingAuthority Issuing, RequestedAuthority Requested)> Header =>
        Gen.Select(Gen.Int[1, 99_999_999], Text, Gen.Long[new DateTime(1990, 1, 1).Ticks, new DateTime(2090, 1, 1).Ticks], Gen.Int[-12 * 4, 14 * 4], Issuing, Requested,
            (number, caseReference, ticks, quarters, issuing, requested) => (
                string.Create(CultureInfo.InvariantCulture, $"PGR-{number:D8}/2024"),
                caseReference,
                new DateTimeOffset(new DateTime(ticks), TimeSpan.FromMinutes(quarters * 15)),
                issuing with { CaseReference = caseReference },
                requested));

    private static Gen<IssuingAuthority> Issuing =>
        Gen.Select(Text, Gen.Select(Text, Text.Null(0.5), (name, role) => new Officer { Name = name, Role = role }).Null(0.3),
                Gen.Select(Email.Null(0.3), Text.Null(0.3), (email, phone) => email is null && phone is null ? null : new Contact { Email = email, Phone = phone }),
            (name, officer, contact) => new IssuingAuthority { Country = "BR", Name = name, Officer = officer, Contact = contact, CaseReference = "", NationalSystem = "UNICO" });

    private static Gen<RequestedAuthority> Requested =>
        Gen.Select(Country, Text.Null(0.4), (country, name) => new RequestedAuthority { Country = country, Name = name });

    private static Gen<(IReadOnlyList<LegalBasis>, Urgency, (bool Confidential, string? Reason), Proceedings?, Facts, IReadOnlyList<Offence>)> Terms =>
        Gen.Select(LegalBasis.Array[0, 3], Urgency, Gen.Select(Gen.Bool, Text.Null(0.6)), Proceedings, Facts, Offence.Array[0, 3],
            (legalBasis, urgency, confidential, proceedings, facts, offences) => ((IReadOnlyList<LegalBasis>)legalBasis, urgency, confidential, proceedings, facts, (IReadOnlyList<Offence>)offences));

    private static Gen<LegalBasis> LegalBasis =>
        Gen.OneOfConst([.. Lists.Load("instruments").Entries]).Select(e => new LegalBasis { Instrument = e["instrument"]!, Parties = BrazilCodeLists.Parties(e) });

    private static Gen<Urgency> Urgency =>
        Gen.Select(Gen.OneOfConst(UrgencyLevel.Normal, UrgencyLevel.Urgent), Gen.Enum<UrgencyGround>().Array[0, 2], Text.Null(0.4), Date.Nullable(0.4), Text.Null(0.5),
            (level, grounds, reason, respondBy, deadlineReason) => new Urgency
            {
                Level = level,
                Grounds = grounds,
                Reason = reason,
                Deadlines = respondBy is { } by ? [new Deadline { Kind = DeadlineKind.Execute, By = by, Reason = deadlineReason }] : [],
            });

    private static Gen<Proceedings?> Proceedings =>
        Gen.Long[0, 999_999_999_999_999_999].Select(n => new Proceedings { CourtCaseNumber = CnjNumber.Format(n.ToString("D18", CultureInfo.InvariantCulture)) }).Null(0.4);

    private static Gen<Facts> Facts =>
        Gen.Select(Text, Date, Gen.Int[0, 4000].Nullable(0.3), Gen.Bool,
            (summary, start, days, hasPeriod) => new Facts
            {
                Summary = summary,
                Period = hasPeriod ? new DateRange { Start = start, End = days is { } d ? start.AddDays(d) : null } : null,
            });

    private static Gen<Offence> Offence =>
        Gen.Select(Gen.OneOfConst(Diplomas), Gen.OneOfConst(Articles), Text.Null(0.3), Text.Null(0.5), (diploma, artigo, wording, penalty) =>
        {
            var code = OffenceKeys.NationalCode(diploma, artigo);
            var iccs = Lists.Load("offences").Find(OffenceKeys.LookupKey(diploma, artigo, Lists.Load("diplomas")))?["iccs"];
            return new Offence { IccsCode = iccs, NationalCode = code, LegalProvision = code, NationalWording = wording, MaximumPenalty = penalty };
        });

    private static Gen<(Person[], Organisation[], Asset[])> Parties =>
        Gen.Select(Person.Array[0, 3], Organisation.Array[0, 2], Asset.Array[0, 4], (persons, organisations, assets) =>
            (persons.Select((p, i) => p with { Ref = $"E{i + 1}" }).ToArray(),
             organisations.Select((o, i) => o with { Ref = $"PJ{i + 1}" }).ToArray(),
             assets.Select((a, i) => a with { Ref = $"B{i + 1}" }).ToArray()));

    private static Gen<Person> Person =>
        Gen.Select(PersonV1, PersonDetails, (person, details) => details(person));

    /// <summary>What v2 added to a person: sex, place of birth, languages, interpreter, minor, custody.</summary>
    private static Gen<Func<Person, Person>> PersonDetails =>
        Gen.Select(Gen.Enum<Sex>().Nullable(0.4), Gen.Select(Text.Null(0.5), Country.Null(0.5)), Language.Array[0, 2], Gen.Bool.Nullable(0.5), Gen.Bool.Nullable(0.5), Gen.Enum<CustodyStatus>().Nullable(0.4),
            (sex, birthPlace, languages, interpreter, minor, custody) => (Func<Person, Person>)(p => p with
            {
                Sex = sex,
                PlaceOfBirth = birthPlace.Item1 is null && birthPlace.Item2 is null ? null : new PlaceOfBirth { Place = birthPlace.Item1, Country = birthPlace.Item2 },
                Languages = [.. languages.Distinct()],
                InterpreterNeeded = interpreter,
                Minor = minor,
                Custody = custody,
            }));

    private static Gen<Person> PersonV1 =>
        Gen.Select(Gen.Enum<PersonRole>(), Text, Date.Nullable(0.4), Country.Null(0.4), Cpf.Null(0.4), Passport.Null(0.5), Address.Null(0.5),
            (role, name, birth, nationality, cpf, passport, address) => new Person
            {
                Ref = "",
                Role = role,
                FullName = name,
                BirthDate = birth,
                Nationalities = nationality is null ? [] : [nationality],
                IdentityDocuments = new[] { cpf, passport }.OfType<IdentityDocument>().ToArray(),
                Addresses = address is null ? [] : [address],
            });

    private static Gen<IdentityDocument> Cpf =>
        Gen.Select(Gen.Int[1, 999_999_998], Gen.Bool, (body, punctuated) => new IdentityDocument
        {
            Type = DocumentType.NationalId, NationalType = "CPF", Number = TestNumbers.Cpf(body, punctuated), IssuingCountry = "BR", CheckDigit = CheckDigitStatus.Valid,
        }).Where(d => d.Number.Replace(".", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Distinct().Count() > 1);

    private static Gen<IdentityDocument> Passport =>
        Gen.Select(Gen.Char["ABCDEFGHJKLMNPRSTUVWXYZ0123456789"].Array[6, 9], Country.Null(0.3), (number, country) => new IdentityDocument
        {
            Type = DocumentType.Passport, NationalType = "PASSAPORTE", Number = new string(number), IssuingCountry = country, CheckDigit = CheckDigitStatus.Unverified,
        });

    /// <summary>An address whose text ends with its city (and state, postal code), as reading composes it.</summary>
    private static Gen<Address> Address =>
        Gen.Select(Text.Select(t => t.Replace(",", "", StringComparison.Ordinal)).Where(t => t.Trim().Length > 0).Select(t => t.Trim()),
                Word.Null(0.4), Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ"].Array[2, 2].Null(0.5), Gen.Int[0, 99_999_999].Nullable(0.5), Country.Null(0.3),
            (street, city, state, postalCode, country) => new Address
            {
                Text = AddressText.Compose(street, null, null, null, city, city is null || state is null ? null : new string(state),
                    postalCode?.ToString("00000-000", CultureInfo.InvariantCulture)),
                City = city,
                Country = country,
            });

    private static Gen<Organisation> Organisation =>
        // Criminal liability needs an offence of Lei 9.605/1998, which the generated offences never cite.
        Gen.Select(Text, Gen.Enum<OrganisationRole>(), Gen.Int[1, 99_999_999].Nullable(0.4), Gen.Bool, Gen.OneOfConst(LiabilityRegime.Administrative, LiabilityRegime.None).Nullable(0.5),
            (name, role, root, punctuated, liability) => new Organisation
        {
            Ref = "",
            Name = name,
            Role = role,
            Liability = liability,
            RegistrationNumbers = root is { } r
                ? [new IdentityDocument { Type = DocumentType.TaxId, NationalType = "CNPJ", Number = TestNumbers.Cnpj(r, punctuated), IssuingCountry = "BR", CheckDigit = CheckDigitStatus.Valid }]
                : [],
            Country = root is null ? null : "BR",
        });

    private static Gen<MonetaryAmount> Amount =>
        Gen.Select(Gen.Long[0, 9_999_999_999], Gen.OneOfConst("", ".5", ".05", ".00", ".123"), Gen.OneOfConst("BRL", "USD", "EUR", "PEN"),
            (whole, fraction, currency) => new MonetaryAmount { Amount = whole.ToString(CultureInfo.InvariantCulture) + fraction, Currency = currency });

    private static Gen<Asset> Asset =>
        Gen.Enum<AssetType>().SelectMany(type => Gen.Select(Text.Null(0.3), Amount.Null(0.4), Gen.OneOfConst("E1", "PJ1", "E2").Array[0, 2], Details(type),
            Gen.OneOfConst("E1", "PJ1").Array[0, 1], Text.Null(0.6),
            (description, value, holders, details, owners, location) => details(new Asset
            {
                Ref = "",
                Type = type,
                Description = description,
                Value = value,
                HolderRefs = holders,
                OwnerRefs = owners,
                CurrentLocation = location,
            })));

    private static Gen<Func<Asset, Asset>> Details(AssetType type) => type switch
    {
        AssetType.BankAccount => Gen.Select(Text.Null(0.3), Text.Null(0.3), Text, Country.Null(0.3), (bank, branch, account, country) =>
            (Func<Asset, Asset>)(a => a with { BankAccount = new BankAccount { Bank = bank, Branch = branch, AccountNumber = account, Country = country } })),
        AssetType.RealEstate => Gen.Select(Text.Null(0.3), Text.Null(0.3), (registry, location) =>
            (Func<Asset, Asset>)(a => a with { RegisteredProperty = new RegisteredProperty { RegistryNumber = registry, Location = location } })),
        AssetType.Vehicle => Text.Null(0.3).Select(registry =>
            (Func<Asset, Asset>)(a => a with { RegisteredProperty = new RegisteredProperty { RegistryNumber = registry } })),
        AssetType.CulturalObject => CulturalObject.Select(culturalObject =>
            (Func<Asset, Asset>)(a => a with { CulturalObject = culturalObject with { Description = a.Description } })),
        _ => Gen.Const((Func<Asset, Asset>)(a => a)),
    };

    private static Gen<CulturalObject> CulturalObject =>
        Gen.Select(Text, Text.Array[0, 3], Text.Null(0.5), Text.Null(0.5), Text.Null(0.5), Text.Null(0.5), Text.Null(0.5),
            Gen.Select(Text.Null(0.5), Text.Null(0.5), Text.Null(0.5), Text.Null(0.5), Incident.Null(0.5),
                Gen.Select(Text, Text, (register, reference) => new RegisterReference { Register = register, Reference = reference }).Array[0, 2], Text.Null(0.5),
                Gen.Select(Gen.OneOfConst("B1", "B2").Array[0, 2], Gen.OneOfConst("anexo_0.pdf", "foto.jpg").Array[0, 2])),
            (objectType, materials, measurements, inscriptions, features, title, subject, rest) => new CulturalObject
            {
                ObjectType = objectType,
                Materials = materials,
                Measurements = measurements,
                Inscriptions = inscriptions,
                DistinguishingFeatures = features,
                Title = title,
                Subject = subject,
                DateOrPeriod = rest.Item1,
                Maker = rest.Item2,
                InventoryNumber = rest.Item3,
                PlaceOfOrigin = rest.Item4,
                Incident = rest.Item5,
                RegisterReferences = rest.Item6,
                ProtectedStatus = rest.Item7,
                RelatedObjectRefs = rest.Item8.Item1,
                Photographs = rest.Item8.Item2,
            });

    private static Gen<CulturalIncident> Incident =>
        Gen.Select(Gen.Enum<IncidentType>(), Date.Nullable(0.4), Text.Null(0.4), Gen.Enum<SiteType>().Nullable(0.4),
            (type, date, place, site) => new CulturalIncident { Type = type, Date = date, Place = place, SiteType = site });

    /// <summary>
    /// Measures as written; <see cref="Assemble"/> then gives each subject the capacity reading derives, and a hearing
    /// by a videoconference code its modality and (first alvo charged) the suspect-hearing type.
    /// </summary>
    private static Gen<Measure[]> Measures =>
        Gen.Select(Gen.OneOfConst([.. Lists.Load("measures").Entries]), Text.Null(0.3), Text.Null(0.4), Gen.OneOfConst("E1", "E2", "PJ1", "B1", "B2", "E9").Array[0, 3],
            Gen.Select(Banking.Null(0.6), Telecom.Null(0.6), Hearing.Null(0.5), NationalOrder.Null(0.5)), Text.Null(0.6), Date.Nullable(0.6),
            (entry, description, purpose, targets, particulars, formalities, respondBy) => new Measure
            {
                Type = CanonicalCodes.TryParse<MeasureType>(entry["measure"], out var type) ? type.Value : MeasureType.Other,
                NationalCode = entry.Key,
                Description = description,
                Purpose = purpose,
                Subjects = [.. targets.Select(t => new MeasureSubject { Ref = t })],
                Banking = particulars.Item1,
                Telecom = particulars.Item2,
                Hearing = CanonicalCodes.TryParse<HearingModality>(entry["modality"], out var modality) ? (particulars.Item3 ?? new HearingParticulars()) with { Modality = modality } : particulars.Item3,
                NationalOrder = particulars.Item4,
                Formalities = formalities,
                RespondBy = respondBy,
            }).Array[0, 4];

    private static Gen<BankingParticulars> Banking =>
        Gen.Select(Gen.OneOfConst("B1", "B2").Array[0, 2], Period.Null(0.4), Gen.Enum<BankDocumentType>().Array[0, 3],
            (accounts, period, documents) => new BankingParticulars { AccountRefs = accounts, Period = period, DocumentTypes = documents });

    private static Gen<TelecomParticulars> Telecom =>
        Gen.Select(Gen.Select(Gen.Enum<TelecomIdentifierType>(), Text, (type, value) => new TelecomIdentifier { Type = type, Value = value }).Array[0, 3], Period.Null(0.4),
            (identifiers, period) => new TelecomParticulars { Identifiers = identifiers, Period = period });

    private static Gen<HearingParticulars> Hearing =>
        Gen.Select(Gen.Enum<HearingModality>().Nullable(0.4), Text.Array[0, 3], Gen.Bool.Nullable(0.5), Gen.Bool.Nullable(0.5),
            (modality, questions, oath, consent) => new HearingParticulars { Modality = modality, Questions = questions, UnderOath = oath, SuspectConsent = consent });

    private static Gen<NationalOrder> NationalOrder =>
        Gen.Select(Gen.Enum<OrderIssuer>(), Text.Null(0.3), Text.Null(0.3), Date.Nullable(0.3), Gen.OneOfConst("anexo_0.pdf", "anexo_1.pdf").Null(0.5),
            (issuer, authority, reference, date, attachment) => new NationalOrder { IssuedBy = issuer, Authority = authority, Reference = reference, Date = date, AttachmentFileName = attachment });

    /// <summary>The measure as reading gives it back: subjects with the capacity the table gives their kind, the videoconference rule applied.</summary>
    private static Measure AsRead(Measure measure, Person[] persons, Organisation[] organisations, Asset[] assets)
    {
        var type = measure.Type;
        var entry = Lists.Load("measures").Find(measure.NationalCode);
        if (type == MeasureType.WitnessHearing && !string.IsNullOrEmpty(entry?["modality"]) && measure.Subjects.Count > 0
            && persons.FirstOrDefault(p => p.Ref == measure.Subjects[0].Ref) is { Role: PersonRole.Suspect or PersonRole.Accused })
            type = MeasureType.SuspectHearing;
        var capacities = Lists.Load("subject-capacities").Find(CanonicalCodes.ToCode(type));
        string? Column(string reference) =>
            persons.Any(p => p.Ref == reference) ? "person" : organisations.Any(o => o.Ref == reference) ? "organisation" : assets.Any(a => a.Ref == reference) ? "asset" : null;
        SubjectCapacity? Capacity(string reference) =>
            Column(reference) is { } column && CanonicalCodes.TryParse<SubjectCapacity>(capacities?[column], out var capacity) ? capacity : null;
        return measure with { Type = type, Subjects = [.. measure.Subjects.Select(s => s with { Capacity = Capacity(s.Ref) })] };
    }

    private static CooperationRequest Assemble(
        (string Reference, string Case, DateTimeOffset CreatedAt, IssuingAuthority Issuing, RequestedAuthority Requested) header,
        (IReadOnlyList<LegalBasis> LegalBasis, Urgency Urgency, (bool Confidential, string? Reason) Confidential, Proceedings? Proceedings, Facts Facts, IReadOnlyList<Offence> Offences) terms,
        (Person[] Persons, Organisation[] Organisations, Asset[] Assets) parties,
        Measure[] written,
        (DateOnly? IssuedOn, TransmissionChannel? Channel, DualCriminality? DualCriminality, Attachment[] Attachments) extras)
    {
        var measures = written.Select(m => AsRead(m, parties.Persons, parties.Organisations, parties.Assets)).ToArray();
        return new()
        {
            RequestId = RequestIds.FromNationalReference("BR", "UNICO", header.Reference),
            Kind = measures.Any(m => m.Type is MeasureType.AssetFreezing or MeasureType.AssetConfiscation) ? RequestKind.AssetRecovery : RequestKind.MutualLegalAssistance,
            IssuedOn = extras.IssuedOn,
            CreatedAt = header.CreatedAt,
            Language = "pt",
            IssuingAuthority = header.Issuing with { RequestReference = header.Reference },
            RequestedAuthority = header.Requested,
            Channel = extras.Channel,
            LegalBasis = terms.LegalBasis,
            Urgency = terms.Urgency,
            Confidentiality = new Confidentiality { Confidential = terms.Confidential.Confidential, Reason = terms.Confidential.Reason },
            Proceedings = terms.Proceedings,
            Facts = terms.Facts,
            Offences = terms.Offences,
            DualCriminality = extras.DualCriminality,
            Persons = parties.Persons,
            Organisations = parties.Organisations,
            Assets = parties.Assets,
            Measures = measures,
            Attachments = extras.Attachments,
            Provenance = new Provenance { AdapterId = "XX", AdapterVersion = "0", SourceFormat = "generated", SourceFile = "generated", RecordId = header.Reference },
        };
    }
}
