using CooperJus.Adapters.CL.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.CL.Mapping;

/// <summary>
/// <c>Interviniente</c> → a person, <c>Empresa</c> → an organisation, numbered <c>p1, p2…</c> and <c>o1, o2…</c> in
/// order of appearance. Names come in the Chilean three parts (nombres, apellido paterno, apellido materno); RUN and
/// RUT are checked with the SDK's <c>cl.rut</c> rule.
/// </summary>
internal sealed class PartyMapper(ChileCodeLists lists, RecordScope scope, LocalIds ids)
{
    /// <summary>The issuing country of a RUN or RUT: both are Chilean registers.</summary>
    public const string Chile = "CL";

    private readonly AddressMapper _addresses = new(scope);

    public List<Person> Persons { get; } = [];

    public List<Organisation> Organisations { get; } = [];

    public void MapPersons(IEnumerable<XmlSourceElement> intervinientes)
    {
        foreach (var element in intervinientes)
            if (MapPerson(element, $"/persons/{Persons.Count}") is { } person) Persons.Add(person);
    }

    public void MapOrganisations(IEnumerable<XmlSourceElement> empresas)
    {
        foreach (var element in empresas)
            if (MapOrganisation(element, $"/organisations/{Organisations.Count}") is { } organisation) Organisations.Add(organisation);
    }

    private Person? MapPerson(XmlSourceElement element, string path)
    {
        var reference = $"p{Persons.Count + 1}";
        scope.Map(path + "/ref", Conversions.SequenceRef, element.Location);
        ids.Add(element, reference);
        var role = Role<PersonRole>(path + "/role", element, "person");
        var givenNames = scope.Text(path + "/givenNames", element.ChildText("Nombres"));
        var familyNames = FamilyNames(element, path);
        var fullName = FullName(element, path, givenNames, familyNames);
        var documents = Documents(element, path + "/identityDocuments");
        var sex = scope.Coded<Sex>(path + "/sex", element.ChildText("Sexo"), lists.Sexes, "sex");
        var birthDate = scope.DayFirstDate(path + "/birthDate", element.ChildText("FechaNacimiento"));
        var placeOfBirth = PlaceOfBirth(element.One("LugarNacimiento"), path + "/placeOfBirth");
        var nationalities = new List<string>();
        foreach (var nationality in element.All("Nacionalidad"))
            if (scope.Country($"{path}/nationalities/{nationalities.Count}", nationality.TextLocation) is { } country) nationalities.Add(country);
        var languages = new List<string>();
        foreach (var idioma in element.All("Idioma"))
            if (scope.Lookup($"{path}/languages/{languages.Count}", idioma.TextLocation, lists.Languages)?["tag"] is { } tag) languages.Add(tag);
        var interpreter = Boolean(element.ChildText("Interprete"), path + "/interpreterNeeded");
        var minor = Boolean(element.ChildText("Menor"), path + "/minor");
        var custody = scope.Coded<CustodyStatus>(path + "/custody", element.ChildText("SituacionProcesal"), lists.Custody, "custody");
        var addresses = new List<Address>();
        foreach (var domicilio in element.All("Domicilio"))
            if (_addresses.Map(domicilio, $"{path}/addresses/{addresses.Count}") is { } address) addresses.Add(address);
        if (role is null || fullName is null) return null;
        return new Person
        {
            Ref = reference,
            Role = role.Value,
            FullName = fullName,
            GivenNames = givenNames,
            FamilyNames = familyNames,
            Sex = sex,
            BirthDate = birthDate,
            PlaceOfBirth = placeOfBirth,
            Nationalities = nationalities,
            Languages = languages,
            InterpreterNeeded = interpreter,
            Minor = minor,
            Custody = custody,
            IdentityDocuments = documents,
            Addresses = addresses,
        };
    }

    private Organisation? MapOrganisation(XmlSourceElement element, string path)
    {
        var reference = $"o{Organisations.Count + 1}";
        scope.Map(path + "/ref", Conversions.SequenceRef, element.Location);
        ids.Add(element, reference);
        var role = Role<OrganisationRole>(path + "/role", element, "organisation");
        var name = scope.RequiredText(path + "/name", element.ChildText("RazonSocial"));
        var registration = new List<IdentityDocument>();
        if (element.One("RUT") is { } rut && Rut(rut.TextLocation, path + "/registrationNumbers/0", DocumentType.TaxId, "RUT") is { } document) registration.Add(document);
        foreach (var other in element.All("Documento"))
            if (Foreign(other, $"{path}/registrationNumbers/{registration.Count}") is { } mapped) registration.Add(mapped);
        var country = scope.Country(path + "/country", element.ChildText("Pais"));
        var address = element.One("Domicilio") is { } domicilio ? _addresses.Map(domicilio, path + "/address") : null;
        if (role is null || name is null) return null;
        return new Organisation
        {
            Ref = reference,
            Role = role.Value,
            Name = name,
            RegistrationNumbers = registration,
            Country = country,
            Address = address,
        };
    }

    /// <summary><c>@calidad</c> through <c>roles.csv</c>: a code whose column for this kind of party is empty does not apply to it.</summary>
    private TEnum? Role<TEnum>(string path, XmlSourceElement element, string column) where TEnum : struct, Enum
    {
        var at = element.Attribute("calidad");
        if (scope.RequiredLookup(path, at, lists.Roles) is not { } entry) return null;
        if (entry[column] is null)
        {
            scope.Error("code-list.unknown", $"{element.Name}/@calidad '{at.Value}' is not a role of {(column == "person" ? "a person" : "a company")} in code list 'roles'.", at, path);
            return null;
        }
        return entry.Canonical<TEnum>(column);
    }

    private List<string> FamilyNames(XmlSourceElement element, string path)
    {
        var sources = new[] { element.ChildText("ApellidoPaterno"), element.ChildText("ApellidoMaterno") }.Where(at => at.Trimmed() is not null).ToArray();
        if (sources.Length > 0) scope.Map(path + "/familyNames", Conversions.FamilyNameColumns, sources);
        return [.. sources.Select(at => at.Trimmed()!)];
    }

    private string? FullName(XmlSourceElement element, string path, string? givenNames, List<string> familyNames)
    {
        var sources = new[] { element.ChildText("Nombres"), element.ChildText("ApellidoPaterno"), element.ChildText("ApellidoMaterno") }.Where(at => at.Trimmed() is not null).ToArray();
        if (givenNames is null && familyNames.Count == 0)
        {
            scope.Error("required", "An Interviniente needs Nombres or an apellido.", element.ChildText("Nombres"), path + "/fullName");
            return null;
        }
        scope.Map(path + "/fullName", Conversions.JoinNames, sources);
        return string.Join(' ', new[] { givenNames }.Concat(familyNames).OfType<string>());
    }

    /// <summary>
    /// <c>RUN</c> (checked, <c>cl.rut</c>), each <c>Pasaporte</c> (issuing country in <c>@pais</c>; passports have no
    /// rule) and each <c>Documento</c> of another register, in that order.
    /// </summary>
    private List<IdentityDocument> Documents(XmlSourceElement element, string listPath)
    {
        var documents = new List<IdentityDocument>();
        if (element.One("RUN") is { } run && Rut(run.TextLocation, $"{listPath}/0", DocumentType.NationalId, "RUN") is { } document) documents.Add(document);
        foreach (var passport in element.All("Pasaporte"))
            if (Passport(passport, $"{listPath}/{documents.Count}") is { } mapped) documents.Add(mapped);
        foreach (var other in element.All("Documento"))
            if (Foreign(other, $"{listPath}/{documents.Count}") is { } mapped) documents.Add(mapped);
        return documents;
    }

    private IdentityDocument? Rut(Gateway.Sdk.Diagnostics.SourceLocation at, string path, DocumentType type, string nationalType)
    {
        if (scope.Text(path + "/number", at) is not { } number) return null;
        scope.Map(path + "/type", Conversions.ImpliedByField, at);
        scope.Map(path + "/nationalType", Conversions.ImpliedByField, at);
        scope.Map(path + "/issuingCountry", Conversions.ImpliedByField, at);
        var status = scope.CheckDocument(path, at, Chile, nationalType);
        return new IdentityDocument { Type = type, NationalType = nationalType, Number = number, IssuingCountry = Chile, CheckDigit = status };
    }

    private IdentityDocument? Passport(XmlSourceElement element, string path)
    {
        var at = element.TextLocation;
        if (scope.RequiredText(path + "/number", at) is not { } number) return null;
        scope.Map(path + "/type", Conversions.ElementName, at);
        scope.Map(path + "/nationalType", Conversions.ElementName, at);
        var country = scope.Country(path + "/issuingCountry", element.Attribute("pais"));
        var status = scope.CheckDocument(path, at, country ?? "", element.Name);
        return new IdentityDocument { Type = DocumentType.Passport, NationalType = element.Name, Number = number, IssuingCountry = country, CheckDigit = status };
    }

    /// <summary>
    /// <c>Documento</c>: a document of another register (<c>@clase</c> through <c>document-types.csv</c>, its own name
    /// in <c>@tipo</c>, the issuing State in <c>@pais</c>), checked with that State's rule when the SDK has one.
    /// </summary>
    private IdentityDocument? Foreign(XmlSourceElement element, string path)
    {
        var at = element.TextLocation;
        var number = scope.RequiredText(path + "/number", at);
        var type = scope.RequiredLookup(path + "/type", element.Attribute("clase"), lists.DocumentTypes)?.Canonical<DocumentType>("type");
        var nationalType = scope.Text(path + "/nationalType", element.Attribute("tipo"));
        var country = scope.Country(path + "/issuingCountry", element.Attribute("pais"));
        if (number is null || type is null) return null;
        var status = scope.CheckDocument(path, at, country ?? "", nationalType ?? "");
        return new IdentityDocument { Type = type.Value, NationalType = nationalType, Number = number, IssuingCountry = country, CheckDigit = status };
    }

    /// <summary><c>LugarNacimiento</c>: the place as text, the State in <c>@pais</c>.</summary>
    private PlaceOfBirth? PlaceOfBirth(XmlSourceElement? element, string path)
    {
        if (element is null) return null;
        var place = scope.Text(path + "/place", element.TextLocation);
        var country = scope.Country(path + "/country", element.Attribute("pais"));
        return place is null && country is null ? null : new PlaceOfBirth { Place = place, Country = country };
    }

    /// <summary>An <c>xs:boolean</c> (<c>true</c>, <c>false</c>, <c>1</c>, <c>0</c>); empty gives null, anything else <c>xml.invalid-value</c>.</summary>
    private bool? Boolean(Gateway.Sdk.Diagnostics.SourceLocation at, string path)
    {
        if (at.Trimmed() is not { } text) return null;
        bool? value = text switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => null,
        };
        if (value is null) scope.Error("xml.invalid-value", $"{at.Field} is '{at.Value}': it must be true or false.", at, path);
        else scope.Map(path, Conversions.XsBoolean, at);
        return value;
    }
}
