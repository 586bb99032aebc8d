using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;
using C = CooperJus.Adapters.PE.SgfColumns;

namespace CooperJus.Adapters.PE.Rendering;

/// <summary>Writes one row per person, organisation and cultural object, in that order.</summary>
internal sealed class PartyRows
{
    private static readonly IReadOnlyDictionary<string, string> CurrencySymbols = new Dictionary<string, string>(StringComparer.Ordinal) { ["PEN"] = "S/" };

    private readonly SgfCodeLists _lists;

    public PartyRows(SgfCodeLists lists) => _lists = lists;

    public List<RowValues> Write(CooperationRequest request, WrittenParties written, RenderScope scope)
    {
        var rows = new List<RowValues>();
        for (var i = 0; i < request.Persons.Count; i++)
        {
            var row = Person(request.Persons[i], $"/persons/{i}", scope);
            Renumbered(request.Persons[i].Ref, $"p{i + 1}", $"/persons/{i}", scope);
            rows.Add(row);
            written.Add(request.Persons[i].Ref, RowKind.Person, row, request.Persons[i].Role);
        }
        for (var i = 0; i < request.Organisations.Count; i++)
        {
            var row = Organisation(request.Organisations[i], $"/organisations/{i}", scope);
            Renumbered(request.Organisations[i].Ref, $"o{i + 1}", $"/organisations/{i}", scope);
            rows.Add(row);
            written.Add(request.Organisations[i].Ref, RowKind.Organisation, row);
        }
        var objects = 0;
        for (var i = 0; i < request.Assets.Count; i++)
        {
            var asset = request.Assets[i];
            if (asset is not { Type: AssetType.CulturalObject, CulturalObject: { } culturalObject })
            {
                scope.NotCarried($"/assets/{i}", $"the SGF CSV only carries cultural objects: this {CanonicalCodes.ToCode(asset.Type)} asset is left out.");
                continue;
            }
            var row = CulturalObject(asset, culturalObject, $"/assets/{i}", scope);
            Renumbered(asset.Ref, $"a{++objects}", $"/assets/{i}", scope);
            rows.Add(row);
            written.Add(asset.Ref, RowKind.CulturalObject, row);
        }
        return rows;
    }

    private RowValues Person(Person person, string path, RenderScope scope)
    {
        var row = new RowValues
        {
            [C.RowType] = RowType(RowKind.Person),
            [C.Condition] = Condition("person", CanonicalCodes.ToCode(person.Role), path, scope),
            [C.BirthDate] = person.BirthDate is { } birth ? Dates.FormatDayFirst(birth) : null,
            [C.Nationality] = person.Nationalities.FirstOrDefault(),
            [C.Address] = person.Addresses.FirstOrDefault()?.Text,
            [C.Sex] = person.Sex is { } sex ? _lists.Sexes.FindBy("sex", CanonicalCodes.ToCode(sex))?.Key : null,
            [C.BirthPlace] = person.PlaceOfBirth?.Place,
            [C.Interpreter] = YesNo(person.InterpreterNeeded),
            [C.Minor] = YesNo(person.Minor),
            [C.Custody] = person.Custody is { } custody ? _lists.Custody.FindBy("custody", CanonicalCodes.ToCode(custody))?.Key : null,
        };
        WriteNames(person, row, path, scope);
        WriteLanguages(person.Languages, row, path, scope);
        WriteDocument(person.IdentityDocuments, row, path + "/identityDocuments", scope);
        return row;
    }

    private RowValues Organisation(Organisation organisation, string path, RenderScope scope)
    {
        var row = new RowValues
        {
            [C.RowType] = RowType(RowKind.Organisation),
            [C.Condition] = Condition("organisation", CanonicalCodes.ToCode(organisation.Role), path, scope),
            [C.CompanyName] = organisation.Name,
            [C.Nationality] = organisation.Country,
            [C.Address] = organisation.Address?.Text,
        };
        WriteDocument(organisation.RegistrationNumbers, row, path + "/registrationNumbers", scope);
        var role = _lists.Roles.FindBy("organisation", CanonicalCodes.ToCode(organisation.Role));
        var liability = role is null ? null : SgfCodeLists.LiabilityOf(role);
        if (organisation.Liability is null && liability is not null)
            scope.Altered(path + "/liability", $"SGF says an organisation's liability only through its CONDICION (code list 'roles'): read back, it is {CanonicalCodes.ToCode(liability.Value)}.");
        else if (organisation.Liability != liability)
            scope.NotCarried(path + "/liability", $"SGF says an organisation's liability only through its CONDICION (code list 'roles'): read back, it is {(liability is null ? "not given" : CanonicalCodes.ToCode(liability.Value))}.");
        return row;
    }

    private RowValues CulturalObject(Asset asset, CulturalObject culturalObject, string path, RenderScope scope)
    {
        var objectPath = path + "/culturalObject";
        if (culturalObject.Materials.Any(m => m.IndexOfAny([',', ';']) >= 0))
            scope.Altered(objectPath + "/materials", "a material holding ',' or ';' splits in two when read back (BIEN_MATERIAL is a list).");
        var row = new RowValues
        {
            [C.RowType] = RowType(RowKind.CulturalObject),
            [C.ObjectType] = culturalObject.ObjectType,
            [C.ObjectDescription] = culturalObject.Description,
            [C.ObjectMaterials] = culturalObject.Materials.Count == 0 ? null : string.Join(", ", culturalObject.Materials),
            [C.ObjectMeasurements] = culturalObject.Measurements,
            [C.ObjectPeriod] = culturalObject.DateOrPeriod,
            [C.ObjectCulture] = culturalObject.Maker,
            [C.ObjectInscriptions] = culturalObject.Inscriptions,
            [C.ObjectFeatures] = culturalObject.DistinguishingFeatures,
            [C.ObjectRegisterCode] = culturalObject.InventoryNumber,
            [C.ObjectValue] = asset.Value is { } value ? Amounts.Format(value, CurrencySymbols) : null,
            [C.ObjectIncident] = culturalObject.Incident is { } incident ? _lists.IncidentTypes.FindBy("incident", CanonicalCodes.ToCode(incident.Type))?.Key : null,
            [C.ObjectIncidentDate] = culturalObject.Incident?.Date is { } date ? Dates.FormatDayFirst(date) : null,
            [C.ObjectIncidentPlace] = culturalObject.Incident?.Place,
            [C.ObjectSiteType] = culturalObject.Incident?.SiteType is { } site ? _lists.SiteTypes.FindBy("site", CanonicalCodes.ToCode(site))?.Key : null,
            [C.ObjectProtection] = culturalObject.ProtectedStatus,
        };
        WriteRegisters(culturalObject, objectPath, scope);
        return row;
    }

    private string? YesNo(bool? value) =>
        value is { } flag ? _lists.YesNo.Entries.FirstOrDefault(e => string.Equals(e["value"], flag ? "true" : "false", StringComparison.OrdinalIgnoreCase))?.Key : null;

    private void WriteLanguages(IReadOnlyList<string> languages, RowValues row, string path, RenderScope scope)
    {
        var codes = new List<string>();
        for (var i = 0; i < languages.Count; i++)
        {
            if (_lists.Languages.FindBy("tag", languages[i]) is { } entry) codes.Add(entry.Key);
            else scope.NotCarried($"{path}/languages/{i}", "the language has no code in code list 'languages'; it is left out.");
        }
        row[C.Languages] = codes.Count == 0 ? null : string.Join('|', codes);
    }

    /// <summary>SGF has one register code, in the national register (BIEN_CODIGO_REGISTRO, also the inventory number): other registers are reported.</summary>
    private static void WriteRegisters(CulturalObject culturalObject, string path, RenderScope scope)
    {
        for (var i = 0; i < culturalObject.RegisterReferences.Count; i++)
        {
            var reference = culturalObject.RegisterReferences[i];
            if (i > 0 || reference.Register != Reading.PartyMapper.NationalRegister || reference.Reference != culturalObject.InventoryNumber)
                scope.NotCarried($"{path}/registerReferences/{i}", "SGF has one register code (BIEN_CODIGO_REGISTRO), the inventory number in the Registro Nacional de Bienes Muebles; this register entry is left out.");
        }
        if (culturalObject.InventoryNumber is not null && culturalObject.RegisterReferences.Count == 0)
            scope.Altered(path + "/registerReferences", "read back, the inventory number (BIEN_CODIGO_REGISTRO) is also the object's entry in the Registro Nacional de Bienes Muebles.");
    }

    private static void WriteNames(Person person, RowValues row, string path, RenderScope scope)
    {
        var family = person.FamilyNames;
        if (person.GivenNames is null && family.Count == 0)
        {
            row[C.GivenNames] = person.FullName;
            // The full name reads back unchanged (rebuilt from NOMBRES alone); what changes is that it now has given names.
            scope.Altered(path + "/givenNames", "the SGF CSV splits names into NOMBRES, APELLIDO_PATERNO and APELLIDO_MATERNO; the full name, not split in the request, is written whole in NOMBRES and reads back as the given names.");
            return;
        }
        row[C.GivenNames] = person.GivenNames;
        row[C.FirstFamilyName] = family.FirstOrDefault();
        row[C.SecondFamilyName] = family.Count > 1 ? string.Join(' ', family.Skip(1)) : null;
        if (family.Count > 2) scope.Altered(path + "/familyNames", "SGF has two family-name columns: the third and later family names are written in APELLIDO_MATERNO with the second.");
        string[] parts = person.GivenNames is null ? [.. family] : [person.GivenNames, .. family];
        if (string.Join(' ', parts) != person.FullName)
            scope.Altered(path + "/fullName", $"SGF has no full-name column: read back, the full name is rebuilt from its parts as \"{string.Join(' ', parts)}\".");
    }

    /// <summary>Writes the first document the SGF CSV can carry (a Peruvian DNI, CE or RUC, or a passport) and reports the others.</summary>
    private void WriteDocument(IReadOnlyList<IdentityDocument> documents, RowValues row, string path, RenderScope scope)
    {
        var written = false;
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var entry = DocumentEntry(document);
            var issuing = entry is null ? null : SgfCodeLists.IssuingCountryOf(entry);
            if (entry is null || (issuing is not null && issuing != document.IssuingCountry))
            {
                scope.NotCarried($"{path}/{i}", $"{document.NationalType ?? CanonicalCodes.ToCode(document.Type)} issued by {document.IssuingCountry ?? "an unknown country"} is not an SGF document type; it is left out.");
                continue;
            }
            if (written)
            {
                scope.NotCarried($"{path}/{i}", "SGF has one document per row; this further document is left out.");
                continue;
            }
            row[C.DocumentType] = entry.Key;
            row[C.DocumentNumber] = document.Number;
            if (document.NationalType != entry.Key)
                scope.Altered($"{path}/{i}/nationalType", $"SGF writes its own document type code (TIPO_DOCUMENTO), {entry.Key}, which reads back as the national type.");
            if (issuing is null && document.IssuingCountry is not null)
                scope.NotCarried($"{path}/{i}/issuingCountry", $"the SGF CSV has no column for the issuing country of a {entry.Key}; it is left out.");
            written = true;
        }
    }

    private CodeListEntry? DocumentEntry(IdentityDocument document)
    {
        if (document.NationalType is { } national && _lists.DocumentTypes.Find(national) is { } listed && SgfCodeLists.DocumentTypeOf(listed) == document.Type)
            return listed;
        return _lists.DocumentTypes.FindBy("type", CanonicalCodes.ToCode(document.Type));
    }

    private string? RowType(RowKind kind) => _lists.RowTypes.FindBy("kind", CanonicalCodes.ToCode(kind))?.Key;

    /// <summary>The CONDICION of a role; SGF refuses a party row without one, so a role no code stands for is reported.</summary>
    private string? Condition(string column, string role, string path, RenderScope scope)
    {
        var code = _lists.Roles.FindBy(column, role)?.Key;
        if (code is null) scope.RequiredMissing(path + "/role", $"no CONDICION in code list 'roles' stands for {role}, and SGF refuses a row without one.");
        return code;
    }

    /// <summary>SGF has no ids: a party reads back numbered by its row (p1, o1, a1…), so another ref is reported.</summary>
    private static void Renumbered(string reference, string reread, string path, RenderScope scope)
    {
        if (reference != reread) scope.Altered(path + "/ref", $"the SGF CSV has no ids, so it reads back as {reread}.");
    }
}
