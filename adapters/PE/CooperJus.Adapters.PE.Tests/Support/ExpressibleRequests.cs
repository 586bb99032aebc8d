using System.Globalization;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Identity;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Adapters.PE.Tests.Support;

/// <summary>
/// Generates canonical requests that the SGF CSV can express in full, so rendering then reading one gives it back:
/// a Peruvian SGF issuing office, codes from the adapter's code lists, names split the SGF way, one document per
/// party (valid check digits), cultural objects only, one detail text, purpose and national order shared by every
/// measure, and measure subjects that are rows linked to the measure (in row order, with the capacity of code list
/// <c>measures</c>) or, when none is linked, the rows the code implies.
/// </summary>
internal static class ExpressibleRequests
{
    private static readonly CodeListSource Lists = new(Pe.CodeListDirectory);
    private static readonly string[] Countries = ["PE", "ES", "CL", "BR", "EC", "AR", "BO", "CO", "US", "UY", "PY", "MX", "IT", "FR"];
    private static readonly string[] Currencies = ["PEN", "USD", "EUR"];

    // Letters, accents and the characters CSV and SGF treat specially, but no white space at either end.
    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzñáéíóúüÁÉÍÓÚÑ0123456789;\",.'()-/:+=@#"], 1, 8];
    private static readonly Gen<string> ListSafeWord = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzñáéíóúÑ0123456789.'()-/"], 1, 8];
    private static readonly Gen<string> Text = Words(Word, 1, 6);
    private static readonly Gen<string> ListSafeText = Words(ListSafeWord, 1, 4);
    private static readonly Gen<string> MultiLineText =
        Gen.Select(Text.Array[1, 3], Gen.OneOfConst("\n", "\r\n"), (lines, newLine) => string.Join(newLine, lines));
    private static readonly Gen<DateOnly> Date = Gen.DateOnly[new DateOnly(1940, 1, 1), new DateOnly(2030, 12, 31)];

    public static Gen<CooperationRequest> All { get; } =
        from reference in Gen.Int[0, 999_999].Select(n => string.Create(CultureInfo.InvariantCulture, $"SGF-2024-{n:D6}"))
        from issuing in IssuingAuthority(reference)
        from requested in RequestedAuthority
        from legalBasis in LegalBasis.Array[0, 3]
        from urgency in Urgency
        from confidential in Gen.Bool
        from offences in Offence.Array[1, 3].Select(o => o.DistinctBy(x => x.NationalCode).ToArray())
        from facts in Facts
        from persons in Person.Array[0, 3]
        from organisations in Organisation.Array[0, 2]
        from assets in CulturalObjectAsset.Array[0, 2]
        from measures in MeasureEntries.Array[1, 3].Select(m => m.DistinctBy(e => e.Key).ToArray())
        from links in Gen.Bool.Array[12].Array[3]
        from detail in MultiLineText.Null(0.3)
        from purpose in Text.Null(0.3)
        from order in NationalOrder.Null(0.4)
        from issuedOn in Date.Nullable(0.4)
        let numbered = new Numbered(
            [.. persons.Select((p, i) => p with { Ref = $"p{i + 1}" })],
            [.. organisations.Select((o, i) => o with { Ref = $"o{i + 1}" })],
            [.. assets.Select((a, i) => a with { Ref = $"a{i + 1}" })])
        select new CooperationRequest
        {
            RequestId = RequestIds.FromNationalReference("PE", "SGF", reference),
            IssuedOn = issuedOn,
            CreatedAt = Pe.Now,
            Language = "es",
            IssuingAuthority = issuing,
            RequestedAuthority = requested,
            LegalBasis = legalBasis,
            Urgency = urgency,
            Confidentiality = new Confidentiality { Confidential = confidential },
            Offences = offences,
            Facts = facts,
            Persons = numbered.Persons,
            Organisations = numbered.Organisations,
            Assets = numbered.Assets,
            Measures = [.. measures.Select((entry, i) => Measure(entry, detail, purpose, order, numbered, links[i]))],
            Provenance = new Provenance { AdapterId = "PE", AdapterVersion = "1.0.0", SourceFormat = "sgf-csv", SourceFile = "generated.csv", RecordId = reference },
        };

    private static Gen<IssuingAuthority> IssuingAuthority(string reference) =>
        from name in Text
        from officer in Text.Null(0.3)
        from email in Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], 1, 12].Select(user => user + "@mpfn.gob.pe").Null(0.3)
        from phone in Word.Null(0.3)
        from caseFile in Word
        select new IssuingAuthority
        {
            Country = "PE",
            Name = name,
            Officer = officer is null ? null : new Officer { Name = officer },
            Contact = email is null && phone is null ? null : new Contact { Email = email, Phone = phone },
            CaseReference = caseFile,
            RequestReference = reference,
            NationalSystem = "SGF",
        };

    private static Gen<RequestedAuthority> RequestedAuthority =>
        from country in Gen.OneOfConst(Countries)
        from name in Text.Null(0.4)
        select new RequestedAuthority { Country = country, Name = name };

    private static Gen<LegalBasis> LegalBasis =>
        Gen.OneOfConst([.. Lists.Load("instruments").Entries]).Select(e => new LegalBasis
        {
            Instrument = e["instrument"]!,
            Parties = e["parties"]?.Split('|') ?? [],
        });

    private static Gen<Urgency> Urgency =>
        from level in Gen.Enum<UrgencyLevel>()
        from respondBy in Date.Nullable(0.5)
        from grounds in Gen.Enum<UrgencyGround>().Array[0, 3]
        from reason in Text.Null(0.5)
        select new Urgency
        {
            Level = level,
            Grounds = [.. grounds.Distinct()],
            Reason = reason,
            Deadlines = respondBy is { } deadline ? [new Deadline { Kind = DeadlineKind.Execute, By = deadline }] : [],
        };

    private static Gen<NationalOrder> NationalOrder =>
        from issuer in Gen.Enum<OrderIssuer>()
        from authority in Text.Null(0.3)
        from number in Word.Null(0.3)
        from date in Date.Nullable(0.3)
        select new NationalOrder { IssuedBy = issuer, Authority = authority, Reference = number, Date = date };

    private static Gen<Offence> Offence =>
        from entry in Gen.OneOfConst<CodeListEntry?>([.. Lists.Load("offences").Entries, null])
        from unknownCode in Gen.Int[900, 999].Select(n => string.Create(CultureInfo.InvariantCulture, $"CP-{n}"))
        from wording in Text.Null(0.3)
        from penalty in ListSafeText.Null(0.5)
        select new Offence
        {
            MaximumPenalty = penalty,
            NationalCode = entry?.Key ?? unknownCode,
            NationalWording = wording,
            IccsCode = entry?["iccs"],
            LegalProvision = entry?["provision"],
        };

    private static Gen<Facts> Facts =>
        from summary in MultiLineText
        from start in Date
        from days in Gen.Int[0, 400].Nullable(0.3)
        select new Facts { Summary = summary, Period = days is null ? null : new DateRange { Start = start, End = start.AddDays(days.Value) } };

    private static Gen<Person> Person =>
        from role in Gen.Enum<PersonRole>()
        from given in Text.Null(0.2)
        from family in ListSafeText.Array[given is null ? 1 : 0, 2]
        from birth in Date.Nullable(0.3)
        from nationality in Gen.OneOfConst(Countries).Null(0.3)
        from document in PersonDocument.Null(0.3)
        from address in Text.Null(0.3)
        from sex in Gen.Enum<Sex>().Nullable(0.5)
        from birthPlace in Text.Null(0.5)
        from languages in Gen.OneOfConst("es", "qu", "ay", "pt", "en", "cni").Array[0, 2]
        from flags in Gen.Bool.Nullable(0.5).Array[2]
        from custody in Gen.Enum<CustodyStatus>().Nullable(0.5)
        select new Person
        {
            Sex = sex,
            PlaceOfBirth = birthPlace is null ? null : new PlaceOfBirth { Place = birthPlace },
            Languages = [.. languages.Distinct()],
            InterpreterNeeded = flags[0],
            Minor = flags[1],
            Custody = custody,
            Ref = "",
            Role = role,
            FullName = string.Join(' ', given is null ? family : [given, .. family]),
            GivenNames = given,
            FamilyNames = family,
            BirthDate = birth,
            Nationalities = nationality is null ? [] : [nationality],
            IdentityDocuments = document is null ? [] : [document],
            Addresses = address is null ? [] : [new Address { Text = address }],
        };

    private static Gen<Organisation> Organisation =>
        from role in Gen.Enum<OrganisationRole>()
        from name in Text
        from ruc in Ruc.Null(0.3)
        from country in Gen.OneOfConst(Countries).Null(0.3)
        from address in Text.Null(0.3)
        select new Organisation
        {
            Ref = "",
            Role = role,
            // What CONDICION says through code list roles: a company under investigation answers under Ley 30424.
            Liability = role == OrganisationRole.Investigated ? LiabilityRegime.Administrative : null,
            Name = name,
            RegistrationNumbers = ruc is null ? [] : [ruc],
            Country = country,
            Address = address is null ? null : new Address { Text = address },
        };

    private static Gen<Asset> CulturalObjectAsset =>
        from objectType in Text
        from description in Text.Null(0.3)
        from materials in ListSafeText.Array[0, 3]
        from details in Text.Null(0.3).Array[6]
        from value in Amount.Null(0.3)
        from incident in Incident.Null(0.5)
        from protectedStatus in Text.Null(0.5)
        select new Asset
        {
            Ref = "",
            Type = AssetType.CulturalObject,
            Value = value,
            CulturalObject = new CulturalObject
            {
                ObjectType = objectType,
                Description = description,
                Materials = materials,
                Measurements = details[0],
                DateOrPeriod = details[1],
                Maker = details[2],
                Inscriptions = details[3],
                DistinguishingFeatures = details[4],
                InventoryNumber = details[5],
                Incident = incident,
                ProtectedStatus = protectedStatus,
                RegisterReferences = details[5] is null ? [] : [new RegisterReference { Register = Reading.PartyMapper.NationalRegister, Reference = details[5]! }],
            },
        };

    private static Gen<CulturalIncident> Incident =>
        from type in Gen.Enum<IncidentType>()
        from date in Date.Nullable(0.4)
        from place in Text.Null(0.4)
        from site in Gen.Enum<SiteType>().Nullable(0.4)
        select new CulturalIncident { Type = type, Date = date, Place = place, SiteType = site };

    private static Gen<MonetaryAmount> Amount =>
        from integer in Gen.Int[0, 99_999_999]
        from fraction in Gen.String[Gen.Char["0123456789"], 1, 2].Null(0.5)
        from currency in Gen.OneOfConst(Currencies)
        select new MonetaryAmount
        {
            Amount = integer.ToString(CultureInfo.InvariantCulture) + (fraction is null ? "" : "." + fraction),
            Currency = currency,
        };

    private static Gen<IdentityDocument> PersonDocument =>
        Gen.Frequency(
            (3, Gen.String[Gen.Char["0123456789"], 8, 8].Select(n => Document(DocumentType.NationalId, "DNI", n, "PE"))),
            (1, Gen.String[Gen.Char["0123456789"], 9, 9].Select(n => Document(DocumentType.ForeignerId, "CE", n, "PE"))),
            (1, Gen.String[Gen.Char["ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"], 6, 9].Select(n => Document(DocumentType.Passport, "PASAPORTE", n, null))),
            (1, Ruc))
        .Where(d => d.CheckDigit != CheckDigitStatus.Invalid);

    private static Gen<IdentityDocument> Ruc =>
        from prefix in Gen.OneOfConst("10", "20")
        from body in Gen.String[Gen.Char["0123456789"], 8, 8]
        select Document(DocumentType.TaxId, "RUC", WithRucCheckDigit(prefix + body), "PE");

    private static Gen<CodeListEntry> MeasureEntries => Gen.OneOfConst([.. Lists.Load("measures").Entries]);

    /// <summary>
    /// A measure as the reader gives it back: the rows <paramref name="linked"/> picks (persons, organisations, objects in
    /// row order) with the capacity of the code list, or the rows its code implies when none is picked; for a hearing,
    /// the modality of its code and the capacity its persons' roles agree on.
    /// </summary>
    private static Measure Measure(CodeListEntry entry, string? detail, string? purpose, NationalOrder? order, Numbered parties, bool[] linked)
    {
        var rule = SgfCodeLists.RuleOf(entry);
        var rows = parties.Persons.Select(p => (p.Ref, Person: (Person?)p, Object: false))
            .Concat(parties.Organisations.Select(o => (o.Ref, Person: (Person?)null, Object: false)))
            .Concat(parties.Assets.Select(a => (a.Ref, Person: (Person?)null, Object: true))).ToList();
        var chosen = rows.Where((_, i) => i < linked.Length && linked[i]).ToList();
        if (chosen.Count == 0)
            chosen = [.. rows.Where(r => (r.Person is { } p && rule.ImpliedRoles.Contains(p.Role)) || (r.Object && rule.ImpliesObjects))];
        var subjects = chosen.Select(r => new MeasureSubject { Ref = r.Ref, Capacity = r.Object ? SubjectCapacity.Object : rule.Capacity }).ToList();
        CanonicalCodes.TryParse<MeasureType>(entry["type"], out var parsed);
        var type = parsed!.Value;
        HearingParticulars? hearing = null;
        if (type is MeasureType.WitnessHearing or MeasureType.SuspectHearing)
        {
            var capacities = chosen.Select(r => r.Person?.Role switch
            {
                PersonRole.Witness => HearingCapacity.Witness,
                PersonRole.Suspect or PersonRole.Accused => HearingCapacity.Suspect,
                PersonRole.Victim => HearingCapacity.Victim,
                PersonRole.Expert => HearingCapacity.Expert,
                _ => (HearingCapacity?)null,
            }).Distinct().ToList();
            var capacity = capacities is [{ } only] ? only : (HearingCapacity?)null;
            if (capacity is not null || rule.Modality is not null) hearing = new HearingParticulars { Capacity = capacity, Modality = rule.Modality };
            if (type == MeasureType.WitnessHearing && capacity == HearingCapacity.Suspect && !rule.HasImplication) type = MeasureType.SuspectHearing;
        }
        return new Measure
        {
            Type = type,
            NationalCode = entry.Key,
            Description = detail,
            Purpose = purpose,
            Subjects = subjects,
            Hearing = hearing,
            NationalOrder = order,
        };
    }

    private sealed record Numbered(IReadOnlyList<Person> Persons, IReadOnlyList<Organisation> Organisations, IReadOnlyList<Asset> Assets);

    private static IdentityDocument Document(DocumentType type, string nationalType, string number, string? issuingCountry) => new()
    {
        Type = type,
        NationalType = nationalType,
        Number = number,
        IssuingCountry = issuingCountry,
        CheckDigit = issuingCountry is null ? CheckDigitStatus.Unverified : IdentityNumbers.Check(issuingCountry, nationalType, number).Status,
    };

    /// <summary>Appends the RUC check digit of docs/identity-numbers.md to the first ten digits.</summary>
    public static string WithRucCheckDigit(string tenDigits)
    {
        int[] weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        var sum = tenDigits.Select((c, i) => (c - '0') * weights[i]).Sum();
        return tenDigits + ((11 - (sum % 11)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    private static Gen<string> Words(Gen<string> word, int min, int max) => word.Array[min, max].Select(words => string.Join(' ', words));
}
