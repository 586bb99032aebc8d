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

    public static Gen<CooperationRequest> Request { get; } =
        Gen.Select(Header, Terms, Parties, Measures, (header, terms, parties, measures) => Assemble(header, terms, parties, measures));

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

    private static Gen<(IReadOnlyList<LegalBasis>, Urgency, bool, Proceedings?, Facts, IReadOnlyList<Offence>)> Terms =>
        Gen.Select(LegalBasis.Array[0, 3], Urgency, Gen.Bool, Proceedings, Facts, Offence.Array[0, 3],
            (legalBasis, urgency, confidential, proceedings, facts, offences) => ((IReadOnlyList<LegalBasis>)legalBasis, urgency, confidential, proceedings, facts, (IReadOnlyList<Offence>)offences));

    private static Gen<LegalBasis> LegalBasis =>
        Gen.OneOfConst([.. Lists.Load("instruments").Entries]).Select(e => new LegalBasis { Instrument = e["instrument"]!, Parties = BrazilCodeLists.Parties(e) });

    private static Gen<Urgency> Urgency =>
        Gen.Select(Gen.OneOfConst(UrgencyLevel.Normal, UrgencyLevel.Urgent), Text.Null(0.4), Date.Nullable(0.4),
            (level, reason, respondBy) => new Urgency { Level = level, Reason = reason, Deadlines = respondBy is { } by ? [new Deadline { Kind = DeadlineKind.Execute, By = by }] : [] });

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
        Gen.Select(Gen.OneOfConst(Diplomas), Gen.OneOfConst(Articles), Text.Null(0.3), (diploma, artigo, wording) =>
        {
            var code = OffenceKeys.NationalCode(diploma, artigo);
            var iccs = Lists.Load("offences").Find(OffenceKeys.LookupKey(diploma, artigo, Lists.Load("diplomas")))?["iccs"];
            return new Offence { IccsCode = iccs, NationalCode = code, LegalProvision = code, NationalWording = wording };
        });

    private static Gen<(Person[], Organisation[], Asset[])> Parties =>
        Gen.Select(Person.Array[0, 3], Organisation.Array[0, 2], Asset.Array[0, 4], (persons, organisations, assets) =>
            (persons.Select((p, i) => p with { Ref = $"E{i + 1}" }).ToArray(),
             organisations.Select((o, i) => o with { Ref = $"PJ{i + 1}" }).ToArray(),
             assets.Select((a, i) => a with { Ref = $"B{i + 1}" }).ToArray()));

    private static Gen<Person> Person =>
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
        Gen.Select(Text, Gen.Enum<OrganisationRole>(), Gen.Int[1, 99_999_999].Nullable(0.4), Gen.Bool, (name, role, root, punctuated) => new Organisation
        {
            Ref = "",
            Name = name,
            Role = role,
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
            (description, value, holders, details) => details(new Asset
            {
                Ref = "",
                Type = type,
                Description = description,
                Value = value,
                HolderRefs = holders,
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
            Gen.Select(Text.Null(0.5), Text.Null(0.5), Text.Null(0.5), Text.Null(0.5)),
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
            });

    private static Gen<Measure[]> Measures =>
        Gen.Select(Gen.OneOfConst([.. Lists.Load("measures").Entries]), Text.Null(0.3), Gen.OneOfConst("E1", "E2", "PJ1", "B1", "B2", "E9").Array[0, 3],
            (entry, description, targets) => new Measure
            {
                Type = CanonicalCodes.TryParse<MeasureType>(entry["measure"], out var type) ? type.Value : MeasureType.Other,
                NationalCode = entry.Key,
                Description = description,
                Subjects = [.. targets.Select(t => new MeasureSubject { Ref = t })],
            }).Array[0, 4];

    private static CooperationRequest Assemble(
        (string Reference, string Case, DateTimeOffset CreatedAt, IssuingAuthority Issuing, RequestedAuthority Requested) header,
        (IReadOnlyList<LegalBasis> LegalBasis, Urgency Urgency, bool Confidential, Proceedings? Proceedings, Facts Facts, IReadOnlyList<Offence> Offences) terms,
        (Person[] Persons, Organisation[] Organisations, Asset[] Assets) parties,
        Measure[] measures) => new()
        {
            RequestId = RequestIds.FromNationalReference("BR", "UNICO", header.Reference),
            Kind = measures.Any(m => m.Type is MeasureType.AssetFreezing or MeasureType.AssetConfiscation) ? RequestKind.AssetRecovery : RequestKind.MutualLegalAssistance,
            CreatedAt = header.CreatedAt,
            Language = "pt",
            IssuingAuthority = header.Issuing with { RequestReference = header.Reference },
            RequestedAuthority = header.Requested,
            LegalBasis = terms.LegalBasis,
            Urgency = terms.Urgency,
            Confidentiality = new Confidentiality { Confidential = terms.Confidential },
            Proceedings = terms.Proceedings,
            Facts = terms.Facts,
            Offences = terms.Offences,
            Persons = parties.Persons,
            Organisations = parties.Organisations,
            Assets = parties.Assets,
            Measures = measures,
            Provenance = new Provenance { AdapterId = "XX", AdapterVersion = "0", SourceFormat = "generated", SourceFile = "generated", RecordId = header.Reference },
        };
}
