using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using C = CooperJus.Adapters.PE.SgfColumns;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>Reads the row-level columns: one person (PERSONA), organisation (EMPRESA) or cultural object (BIEN_CULTURAL) per row.</summary>
internal sealed class PartyMapper
{
    private static readonly string[] PartyAndObjectColumns = [.. C.PartyOnly, .. C.PersonOnly, C.CompanyName, .. C.ObjectOnly];
    private static readonly string[] NotForPersons = [C.CompanyName, .. C.ObjectOnly];
    private static readonly string[] NotForOrganisations = [.. C.PersonOnly, .. C.ObjectOnly];
    private static readonly string[] NotForObjects = [.. C.PartyOnly, .. C.PersonOnly, C.CompanyName];

    private readonly SgfCodeLists _lists;

    public PartyMapper(SgfCodeLists lists) => _lists = lists;

    public PartyMapping Map(RecordScope scope, IEnumerable<SgfRow> rows)
    {
        var parties = new PartyMapping();
        foreach (var row in rows)
        {
            var kindAt = row.At(C.RowType);
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
            switch (SgfCodeLists.RowKindOf(entry))
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
        var path = $"/persons/{parties.NextPersonIndex}";
        var reference = Reserve(scope, path, RowKind.Person, row, parties);
        var role = Role(scope, path + "/role", row, "person", SgfCodeLists.PersonRoleOf);
        var (fullName, givenNames, familyNames) = Names(scope, path, row);
        var birthDate = scope.DayFirstDate(path + "/birthDate", row.At(C.BirthDate));
        var nationality = scope.Country(path + "/nationalities", row.At(C.Nationality));
        var document = Document(scope, path + "/identityDocuments/0", row);
        var address = scope.Text(path + "/addresses/0/text", row.At(C.Address));
        WarnIgnored(scope, row, "PERSONA", NotForPersons);
        if (role is null || fullName is null) return;
        parties.Persons.Add(new Person
        {
            Ref = reference,
            Role = role.Value,
            FullName = fullName,
            GivenNames = givenNames,
            FamilyNames = familyNames,
            BirthDate = birthDate,
            Nationalities = nationality is null ? [] : [nationality],
            IdentityDocuments = document is null ? [] : [document],
            Addresses = address is null ? [] : [new Address { Text = address }],
        });
    }

    private void MapOrganisation(RecordScope scope, SgfRow row, PartyMapping parties)
    {
        var path = $"/organisations/{parties.NextOrganisationIndex}";
        var reference = Reserve(scope, path, RowKind.Organisation, row, parties);
        var role = Role(scope, path + "/role", row, "organisation", SgfCodeLists.OrganisationRoleOf);
        var name = scope.RequiredText(path + "/name", row.At(C.CompanyName));
        var document = Document(scope, path + "/registrationNumbers/0", row);
        var country = scope.Country(path + "/country", row.At(C.Nationality));
        var address = scope.Text(path + "/address/text", row.At(C.Address));
        WarnIgnored(scope, row, "EMPRESA", NotForOrganisations);
        if (role is null || name is null) return;
        parties.Organisations.Add(new Organisation
        {
            Ref = reference,
            Name = name,
            Role = role.Value,
            RegistrationNumbers = document is null ? [] : [document],
            Country = country,
            Address = address is null ? null : new Address { Text = address },
        });
    }

    private void MapCulturalObject(RecordScope scope, SgfRow row, PartyMapping parties)
    {
        var path = $"/assets/{parties.NextAssetIndex}";
        var reference = Reserve(scope, path, RowKind.CulturalObject, row, parties);
        scope.Map(path + "/type", _lists.RowTypes.ConversionName, row.At(C.RowType));
        var objectPath = path + "/culturalObject";
        var objectType = scope.RequiredText(objectPath + "/objectType", row.At(C.ObjectType));
        var culturalObject = new CulturalObject
        {
            ObjectType = objectType ?? "",
            Description = scope.Text(objectPath + "/description", row.At(C.ObjectDescription)),
            Materials = Materials(scope, objectPath + "/materials", row.At(C.ObjectMaterials)),
            Measurements = scope.Text(objectPath + "/measurements", row.At(C.ObjectMeasurements)),
            DateOrPeriod = scope.Text(objectPath + "/dateOrPeriod", row.At(C.ObjectPeriod)),
            Maker = scope.Text(objectPath + "/maker", row.At(C.ObjectCulture)),
            Inscriptions = scope.Text(objectPath + "/inscriptions", row.At(C.ObjectInscriptions)),
            DistinguishingFeatures = scope.Text(objectPath + "/distinguishingFeatures", row.At(C.ObjectFeatures)),
            InventoryNumber = scope.Text(objectPath + "/inventoryNumber", row.At(C.ObjectRegisterCode)),
        };
        var valueAt = row.At(C.ObjectValue);
        var value = scope.Amount(path + "/value/amount", valueAt);
        if (value is not null) scope.Map(path + "/value/currency", Amounts.Conversion, valueAt);
        WarnIgnored(scope, row, "BIEN_CULTURAL", NotForObjects);
        if (objectType is null) return;
        parties.Assets.Add(new Asset { Ref = reference, Type = AssetType.CulturalObject, Value = value, CulturalObject = culturalObject });
    }

    private static string Reserve(RecordScope scope, string path, RowKind kind, SgfRow row, PartyMapping parties)
    {
        var at = row.At(C.RowType);
        scope.Map(path + "/ref", "row-sequence", at);
        return parties.Reserve(kind, at);
    }

    private T? Role<T>(RecordScope scope, string path, SgfRow row, string kind, Func<CodeListEntry, T?> roleOf) where T : struct
    {
        var at = row.At(C.Condition);
        if (string.IsNullOrWhiteSpace(at.Value))
        {
            scope.Error("required", $"{C.Condition} is required on a {kind} row and is empty.", at, path);
            return null;
        }
        if (scope.Lookup(path, at, _lists.Roles) is not { } entry) return null;
        var role = roleOf(entry);
        if (role is null) scope.Error("code-list.unknown", $"{C.Condition} '{at.Value}' does not apply to a {kind} row.", at, path);
        return role;
    }

    private static (string? FullName, string? GivenNames, IReadOnlyList<string> FamilyNames) Names(RecordScope scope, string path, SgfRow row)
    {
        var givenAt = row.At(C.GivenNames);
        var givenNames = scope.Text(path + "/givenNames", givenAt);
        var familyAt = new[] { row.At(C.FirstFamilyName), row.At(C.SecondFamilyName) }.Where(a => !string.IsNullOrWhiteSpace(a.Value)).ToArray();
        IReadOnlyList<string> familyNames = [.. familyAt.Select(a => a.Value!.Trim())];
        if (familyNames.Count > 0) scope.Map(path + "/familyNames", "family-name-columns", familyAt);
        string[] parts = givenNames is null ? [.. familyNames] : [givenNames, .. familyNames];
        if (parts.Length == 0)
        {
            scope.Error("required", $"A PERSONA row needs {C.GivenNames} or {C.FirstFamilyName}; both are empty.", givenAt, path + "/fullName");
            return (null, null, []);
        }
        scope.Map(path + "/fullName", "join-names", [givenAt, row.At(C.FirstFamilyName), row.At(C.SecondFamilyName)]);
        return (string.Join(' ', parts), givenNames, familyNames);
    }

    private IdentityDocument? Document(RecordScope scope, string path, SgfRow row)
    {
        var typeAt = row.At(C.DocumentType);
        var numberAt = row.At(C.DocumentNumber);
        var hasType = !string.IsNullOrWhiteSpace(typeAt.Value);
        var hasNumber = !string.IsNullOrWhiteSpace(numberAt.Value);
        if (!hasType && !hasNumber) return null;
        if (!hasType || !hasNumber)
        {
            var missing = hasType ? numberAt : typeAt;
            scope.Error("required", $"{C.DocumentType} and {C.DocumentNumber} go together; {missing.Field} is empty.", missing, path + (hasType ? "/number" : "/type"));
            return null;
        }
        if (scope.Lookup(path + "/type", typeAt, _lists.DocumentTypes) is not { } entry) return null;
        scope.Map(path + "/nationalType", _lists.DocumentTypes.ConversionName, typeAt);
        var number = scope.Text(path + "/number", numberAt)!;
        var issuingCountry = SgfCodeLists.IssuingCountryOf(entry);
        CheckDigitStatus status;
        if (issuingCountry is null)
        {
            // No issuing country in the export (a passport): there is no rule to apply.
            scope.Map(path + "/checkDigit", "adapter-default");
            status = CheckDigitStatus.Unverified;
        }
        else
        {
            scope.Map(path + "/issuingCountry", _lists.DocumentTypes.ConversionName, typeAt);
            status = scope.CheckDocument(path, numberAt with { Value = number }, issuingCountry, entry.Key);
        }
        return new IdentityDocument
        {
            Type = SgfCodeLists.DocumentTypeOf(entry),
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
            scope.Error("csv.row-type", $"{C.RowType} is empty but {filled} is filled: say whether the row is a PERSONA, EMPRESA or BIEN_CULTURAL.", row.At(C.RowType));
    }

    private static void WarnIgnored(RecordScope scope, SgfRow row, string kind, string[] columns)
    {
        foreach (var column in columns)
        {
            if (row.Has(column)) scope.Warning("csv.ignored-value", $"{column} does not apply to a {kind} row; its value is ignored.", row.At(column));
        }
    }
}
