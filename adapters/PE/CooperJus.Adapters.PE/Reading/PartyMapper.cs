using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using C = CooperJus.Adapters.PE.SgfColumns;
using S = CooperJus.Adapters.PE.SgfColumnSlots;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>Reads the row-level columns: one person (PERSONA), organisation (EMPRESA) or cultural object (BIEN_CULTURAL) per row.</summary>
internal sealed class PartyMapper
{
    private static readonly string[] PartyAndObjectColumns = [.. C.PartyOnly, .. C.PersonOnly, C.CompanyName, .. C.ObjectOnly, C.MeasureLinks];

    /// <summary>The register BIEN_CODIGO_REGISTRO numbers objects in (Ley 28296, art. 14; Ministerio de Cultura).</summary>
    public const string NationalRegister = "Registro Nacional de Bienes Muebles Integrantes del Patrimonio Cultural de la Nación";
    private static readonly int[] NotForPersons = Positions([C.CompanyName, .. C.ObjectOnly]);
    private static readonly int[] NotForOrganisations = Positions([.. C.PersonOnly, .. C.ObjectOnly]);
    private static readonly int[] NotForObjects = Positions([.. C.PartyOnly, .. C.PersonOnly, C.CompanyName]);

    // Positions in the path tables below; a document's paths are contiguous, in the order of DocumentSuffixes.
    private const int RefPath = 0, RolePath = 1;
    private const int PersonGivenNames = 2, PersonFamilyNames = 3, PersonFullName = 4, PersonBirthDate = 5, PersonNationalities = 6, PersonAddress = 7,
        PersonSex = 8, PersonBirthPlace = 9, PersonLanguages = 10, PersonInterpreter = 11, PersonMinor = 12, PersonCustody = 13, PersonDocument = 14;
    private const int OrganisationName = 2, OrganisationCountry = 3, OrganisationAddress = 4, OrganisationLiability = 5, OrganisationDocument = 6;
    private const int AssetTypePath = 1, ObjectTypePath = 2, ObjectDescription = 3, ObjectMaterials = 4, ObjectMeasurements = 5, ObjectPeriod = 6,
        ObjectMaker = 7, ObjectInscriptions = 8, ObjectFeatures = 9, ObjectInventoryNumber = 10, AssetValue = 11,
        IncidentType = 12, IncidentDate = 13, IncidentPlace = 14, IncidentSite = 15, ProtectedStatus = 16, RegisterName = 17, RegisterReference = 18;
    private const int DocumentRoot = 0, DocumentTypePath = 1, DocumentNationalType = 2, DocumentNumber = 3, DocumentCheckDigit = 4, DocumentIssuingCountry = 5;

    private static readonly IndexedPaths PersonPaths = new("/persons/",
        ["/ref", "/role", "/givenNames", "/familyNames", "/fullName", "/birthDate", "/nationalities", "/addresses/0/text",
         "/sex", "/placeOfBirth/place", "/languages", "/interpreterNeeded", "/minor", "/custody", .. DocumentSuffixes("/identityDocuments/0")]);

    private static readonly IndexedPaths OrganisationPaths = new("/organisations/",
        ["/ref", "/role", "/name", "/country", "/address/text", "/liability", .. DocumentSuffixes("/registrationNumbers/0")]);

    private static readonly IndexedPaths AssetPaths = new("/assets/",
        "/ref", "/type", "/culturalObject/objectType", "/culturalObject/description", "/culturalObject/materials",
        "/culturalObject/measurements", "/culturalObject/dateOrPeriod", "/culturalObject/maker", "/culturalObject/inscriptions",
        "/culturalObject/distinguishingFeatures", "/culturalObject/inventoryNumber", "/value",
        "/culturalObject/incident/type", "/culturalObject/incident/date", "/culturalObject/incident/place", "/culturalObject/incident/siteType",
        "/culturalObject/protectedStatus", "/culturalObject/registerReferences/0/register", "/culturalObject/registerReferences/0/reference");

    private readonly SgfCodeLists _lists;

    public PartyMapper(SgfCodeLists lists) => _lists = lists;

    public PartyMapping Map(RecordScope scope, IEnumerable<SgfRow> rows)
    {
        var parties = new PartyMapping();
        foreach (var row in rows)
        {
            var kindAt = row.At(S.RowType);
            if (string.IsNullOrWhiteSpace(kindAt.Value))
            {
                RejectDataWithoutRowType(scope, row);
                continue;
            }
            if (_lists.RowTypes.Find(kindAt.Value) is not { } entry)
            {
                scope.Error("code-list.unknown", $"'{kindAt.Value}' is not in code list '{_lists.RowTypes.Name}' (PERSONA, EMPRESA, BIEN_CULTURAL).", kindAt);
                continue;
            }
            switch (_lists.RowKinds[entry])
            {
                case RowKind.Person:
                    MapPerson(scope, row, parties);
                    break;
                case RowKind.Organisation:
                    MapOrganisation(scope, row, parties);
                    break;
                default:
                    MapCulturalObject(scope, row, parties);
                    break;
            }
        }
        return parties;
    }

    private void MapPerson(RecordScope scope, SgfRow row, PartyMapping parties)
    {
        var paths = PersonPaths.At(parties.NextPersonIndex);
        var reference = Reserve(scope, paths[RefPath], RowKind.Person, row, parties);
        var role = Role(scope, paths[RolePath], row, "person", _lists.PersonRoles);
        var (fullName, givenNames, familyNames) = Names(scope, paths, row);
        var birthDate = scope.DayFirstDate(paths[PersonBirthDate], row.At(S.BirthDate));
        var nationality = scope.Country(paths[PersonNationalities], row.At(S.Nationality));
        var document = Document(scope, paths, PersonDocument, row);
        var address = scope.Text(paths[PersonAddress], row.At(S.Address));
        var sex = Coded<Sex>(scope, paths[PersonSex], row.At(S.Sex), _lists.Sexes, "sex");
        var birthPlace = scope.Text(paths[PersonBirthPlace], row.At(S.BirthPlace));
        var languages = Languages(scope, paths[PersonLanguages], row.At(S.Languages));
        var interpreter = YesNo(scope, paths[PersonInterpreter], row.At(S.Interpreter));
        var minor = YesNo(scope, paths[PersonMinor], row.At(S.Minor));
        var custody = Coded<CustodyStatus>(scope, paths[PersonCustody], row.At(S.Custody), _lists.Custody, "custody");
        WarnIgnored(scope, row, "PERSONA", NotForPersons);
        parties.Rows[^1].Role = role;
        if (role is null || fullName is null) return;
        parties.Persons.Add(new Person
        {
            Ref = reference,
            Role = role.Value,
            FullName = fullName,
            GivenNames = givenNames,
            FamilyNames = familyNames,
            Sex = sex,
            BirthDate = birthDate,
            PlaceOfBirth = birthPlace is null ? null : new PlaceOfBirth { Place = birthPlace },
            Languages = languages,
            InterpreterNeeded = interpreter,
            Minor = minor,
            Custody = custody,
            Nationalities = nationality is null ? [] : [nationality],
            IdentityDocuments = document is null ? [] : [document],
            Addresses = address is null ? [] : [new Address { Text = address }],
        });
    }

    private void MapOrganisation(RecordScope scope, SgfRow row, PartyMapping parties)
    {
        var paths = OrganisationPaths.At(parties.NextOrganisationIndex);
        var reference = Reserve(scope, paths[RefPath], RowKind.Organisation, row, parties);
        var role = Role(scope, paths[RolePath], row, "organisation", _lists.OrganisationRoles);
        var name = scope.RequiredText(paths[OrganisationName], row.At(S.CompanyName));
        var document = Document(scope, paths, OrganisationDocument, row);
        var country = scope.Country(paths[OrganisationCountry], row.At(S.Nationality));
        var address = scope.Text(paths[OrganisationAddress], row.At(S.Address));
        var liability = role is null ? null : Liability(scope, paths[OrganisationLiability], row);
        WarnIgnored(scope, row, "EMPRESA", NotForOrganisations);
        if (role is null || name is null) return;
        parties.Organisations.Add(new Organisation
        {
            Ref = reference,
            Name = name,
            Role = role.Value,
            Liability = liability,
            RegistrationNumbers = document is null ? [] : [document],
            Country = country,
            Address = address is null ? null : new Address { Text = address },
        });
    }

    private void MapCulturalObject(RecordScope scope, SgfRow row, PartyMapping parties)
    {
        var paths = AssetPaths.At(parties.NextAssetIndex);
        var reference = Reserve(scope, paths[RefPath], RowKind.CulturalObject, row, parties);
        scope.Map(paths[AssetTypePath], _lists.RowTypes.ConversionName, row.At(S.RowType));
        var objectType = scope.RequiredText(paths[ObjectTypePath], row.At(S.ObjectType));
        var culturalObject = new CulturalObject
        {
            ObjectType = objectType ?? "",
            Description = scope.Text(paths[ObjectDescription], row.At(S.ObjectDescription)),
            Materials = Materials(scope, paths[ObjectMaterials], row.At(S.ObjectMaterials)),
            Measurements = scope.Text(paths[ObjectMeasurements], row.At(S.ObjectMeasurements)),
            DateOrPeriod = scope.Text(paths[ObjectPeriod], row.At(S.ObjectPeriod)),
            Maker = scope.Text(paths[ObjectMaker], row.At(S.ObjectCulture)),
            Inscriptions = scope.Text(paths[ObjectInscriptions], row.At(S.ObjectInscriptions)),
            DistinguishingFeatures = scope.Text(paths[ObjectFeatures], row.At(S.ObjectFeatures)),
            InventoryNumber = scope.Text(paths[ObjectInventoryNumber], row.At(S.ObjectRegisterCode)),
            Incident = Incident(scope, paths, row),
            ProtectedStatus = scope.Text(paths[ProtectedStatus], row.At(S.ObjectProtection)),
            RegisterReferences = RegisterReferences(scope, paths, row.At(S.ObjectRegisterCode)),
        };
        var valueAt = row.At(S.ObjectValue);
        var value = scope.Amount(paths[AssetValue], valueAt);
        WarnIgnored(scope, row, "BIEN_CULTURAL", NotForObjects);
        if (objectType is null) return;
        parties.Assets.Add(new Asset { Ref = reference, Type = AssetType.CulturalObject, Value = value, CulturalObject = culturalObject });
    }

    private LiabilityRegime? Liability(RecordScope scope, string path, SgfRow row)
    {
        // Only where the record says the company is investigated: the CONDICION, through code list roles (Ley 30424).
        var at = row.At(S.Condition);
        if (_lists.Roles.Find(at.Value) is not { } entry || _lists.Liabilities[entry] is not { } liability) return null;
        scope.Map(path, _lists.Roles.ConversionName, at);
        return liability;
    }

    private CulturalIncident? Incident(RecordScope scope, string[] paths, SgfRow row)
    {
        var typeAt = row.At(S.ObjectIncident);
        var type = Coded<IncidentType>(scope, paths[IncidentType], typeAt, _lists.IncidentTypes, "incident");
        var date = scope.DayFirstDate(paths[IncidentDate], row.At(S.ObjectIncidentDate));
        var place = scope.Text(paths[IncidentPlace], row.At(S.ObjectIncidentPlace));
        var site = Coded<SiteType>(scope, paths[IncidentSite], row.At(S.ObjectSiteType), _lists.SiteTypes, "site");
        if (type is not null) return new CulturalIncident { Type = type.Value, Date = date, Place = place, SiteType = site };
        if ((date, place, site) != (null, null, null) && string.IsNullOrWhiteSpace(typeAt.Value))
            scope.Error("required", $"{C.ObjectIncident} is required when the incident's date, place or site is given, and is empty.", typeAt, paths[IncidentType]);
        return null;
    }

    private static List<RegisterReference> RegisterReferences(RecordScope scope, string[] paths, SourceLocation at)
    {
        var reference = scope.Text(paths[RegisterReference], at);
        if (reference is null) return [];
        scope.Map(paths[RegisterName], "adapter-default");
        return [new RegisterReference { Register = NationalRegister, Reference = reference }];
    }

    private T? Coded<T>(RecordScope scope, string path, SourceLocation at, CodeList list, string column) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(at.Value)) return null;
        return scope.Lookup(path, at, list) is { } entry ? SgfCodeLists.Parse<T>(entry, column) : null;
    }

    private bool? YesNo(RecordScope scope, string path, SourceLocation at)
    {
        if (string.IsNullOrWhiteSpace(at.Value)) return null;
        return scope.Lookup(path, at, _lists.YesNo) is { } entry ? bool.Parse(entry["value"] ?? "") : null;
    }

    private List<string> Languages(RecordScope scope, string path, SourceLocation at)
    {
        var tags = new List<string>();
        foreach (var item in ItemList.Split(at))
        {
            if (_lists.Languages.Find(item.Value) is { } entry) tags.Add(entry["tag"]!);
            else scope.Error("code-list.unknown", $"'{item.Value}' is not in code list '{_lists.Languages.Name}'.", item, path);
        }
        if (tags.Count > 0) scope.Map(path, _lists.Languages.ConversionName, at);
        return [.. tags.Distinct(StringComparer.Ordinal)];
    }

    private static string Reserve(RecordScope scope, string refPath, RowKind kind, SgfRow row, PartyMapping parties)
    {
        var at = row.At(S.RowType);
        scope.Map(refPath, "row-sequence", at);
        return parties.Reserve(kind, row);
    }

    private T? Role<T>(RecordScope scope, string path, SgfRow row, string kind, EntryFacts<T?> roleOf) where T : struct
    {
        var at = row.At(S.Condition);
        if (string.IsNullOrWhiteSpace(at.Value))
        {
            scope.Error("required", $"{C.Condition} is required on a {kind} row and is empty.", at, path);
            return null;
        }
        if (scope.Lookup(path, at, _lists.Roles) is not { } entry) return null;
        var role = roleOf[entry];
        if (role is null) scope.Error("code-list.unknown", $"{C.Condition} '{at.Value}' does not apply to a {kind} row.", at, path);
        return role;
    }

    private static (string? FullName, string? GivenNames, IReadOnlyList<string> FamilyNames) Names(RecordScope scope, string[] paths, SgfRow row)
    {
        var givenAt = row.At(S.GivenNames);
        var givenNames = scope.Text(paths[PersonGivenNames], givenAt);
        var firstAt = row.At(S.FirstFamilyName);
        var secondAt = row.At(S.SecondFamilyName);
        var hasFirst = !string.IsNullOrWhiteSpace(firstAt.Value);
        var hasSecond = !string.IsNullOrWhiteSpace(secondAt.Value);
        IReadOnlyList<string> familyNames = (hasFirst, hasSecond) switch
        {
            (true, true) => [firstAt.Value!.Trim(), secondAt.Value!.Trim()],
            (true, false) => [firstAt.Value!.Trim()],
            (false, true) => [secondAt.Value!.Trim()],
            _ => [],
        };
        if (hasFirst && hasSecond) scope.Map(paths[PersonFamilyNames], "family-name-columns", firstAt, secondAt);
        else if (hasFirst || hasSecond) scope.Map(paths[PersonFamilyNames], "family-name-columns", hasFirst ? firstAt : secondAt);
        if (givenNames is null && familyNames.Count == 0)
        {
            scope.Error("required", $"A PERSONA row needs {C.GivenNames} or {C.FirstFamilyName}; both are empty.", givenAt, paths[PersonFullName]);
            return (null, null, []);
        }
        scope.Map(paths[PersonFullName], "join-names", givenAt, firstAt, secondAt);
        return (JoinNames(givenNames, familyNames), givenNames, familyNames);
    }

    /// <summary>The given names then the family names, separated by one space.</summary>
    private static string JoinNames(string? givenNames, IReadOnlyList<string> familyNames) => (givenNames, familyNames.Count) switch
    {
        (null, 1) => familyNames[0],
        (null, _) => string.Concat(familyNames[0], " ", familyNames[1]),
        (_, 0) => givenNames,
        (_, 1) => string.Concat(givenNames, " ", familyNames[0]),
        _ => string.Join(' ', givenNames, familyNames[0], familyNames[1]),
    };

    private IdentityDocument? Document(RecordScope scope, string[] paths, int at, SgfRow row)
    {
        var typeAt = row.At(S.DocumentType);
        var numberAt = row.At(S.DocumentNumber);
        var hasType = !string.IsNullOrWhiteSpace(typeAt.Value);
        var hasNumber = !string.IsNullOrWhiteSpace(numberAt.Value);
        if (!hasType && !hasNumber) return null;
        if (!hasType || !hasNumber)
        {
            var missing = hasType ? numberAt : typeAt;
            scope.Error("required", $"{C.DocumentType} and {C.DocumentNumber} go together; {missing.Field} is empty.", missing, paths[at + (hasType ? DocumentNumber : DocumentTypePath)]);
            return null;
        }
        if (scope.Lookup(paths[at + DocumentTypePath], typeAt, _lists.DocumentTypes) is not { } entry) return null;
        scope.Map(paths[at + DocumentNationalType], _lists.DocumentTypes.ConversionName, typeAt);
        var number = scope.Text(paths[at + DocumentNumber], numberAt)!;
        var issuingCountry = _lists.IssuingCountries[entry];
        CheckDigitStatus status;
        if (issuingCountry is null)
        {
            // No issuing country in the export (a passport): there is no rule to apply.
            scope.Map(paths[at + DocumentCheckDigit], "adapter-default");
            status = CheckDigitStatus.Unverified;
        }
        else
        {
            scope.Map(paths[at + DocumentIssuingCountry], _lists.DocumentTypes.ConversionName, typeAt);
            status = scope.CheckDocument(paths[at + DocumentRoot], ReferenceEquals(number, numberAt.Value) ? numberAt : numberAt with { Value = number }, issuingCountry, entry.Key);
        }
        return new IdentityDocument
        {
            Type = _lists.DocumentTypeCodes[entry],
            NationalType = entry.Key,
            Number = number,
            IssuingCountry = issuingCountry,
            CheckDigit = status,
        };
    }

    private static List<string> Materials(RecordScope scope, string path, SourceLocation at)
    {
        var materials = (at.Value ?? "").Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        if (materials.Count > 0) scope.Map(path, "split-list", at);
        return materials;
    }

    private static void RejectDataWithoutRowType(RecordScope scope, SgfRow row)
    {
        var filled = PartyAndObjectColumns.FirstOrDefault(row.Has);
        if (filled is not null)
            scope.Error("csv.row-type", $"{C.RowType} is empty but {filled} is filled: say whether the row is a PERSONA, EMPRESA or BIEN_CULTURAL.", row.At(S.RowType));
    }

    private static string[] DocumentSuffixes(string document) =>
        [document, document + "/type", document + "/nationalType", document + "/number", document + "/checkDigit", document + "/issuingCountry"];

    private static void WarnIgnored(RecordScope scope, SgfRow row, string kind, int[] columns)
    {
        // By position in SgfColumns.All: the file's field index of each is known once per file.
        var indexes = row.Header.ColumnIndexes;
        foreach (var column in columns)
        {
            if (!string.IsNullOrWhiteSpace(row.ValueAt(indexes[column])))
            {
                scope.Warning("csv.ignored-value", $"{C.All[column]} does not apply to a {kind} row; its value is ignored.", row.At(column));
            }
        }
    }

    private static int[] Positions(string[] columns) => [.. columns.Select(S.Slot)];
}
