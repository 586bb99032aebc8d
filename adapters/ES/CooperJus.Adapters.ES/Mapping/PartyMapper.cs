using CooperJus.Adapters.ES.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.ES.Mapping;

/// <summary>
/// <c>Interviniente</c> → a person (<c>@tipo</c> FISICA) or an organisation (JURIDICA), numbered <c>p1, p2…</c> and
/// <c>o1, o2…</c> in order of appearance (the format has no ids).
/// </summary>
internal sealed class PartyMapper
{
    private static readonly string[] PersonOnly =
        ["Nombre", "Apellido1", "Apellido2", "Sexo", "FechaNacimiento", "LugarNacimiento", "Idioma", "Interprete", "Menor", "SituacionPersonal"];

    private readonly SpainCodeLists _lists;
    private readonly RecordScope _scope;
    private readonly DocumentMapper _documents;

    private readonly LocalIds _ids;

    public PartyMapper(SpainCodeLists lists, RecordScope scope, LocalIds ids)
    {
        _lists = lists;
        _scope = scope;
        _ids = ids;
        _documents = new DocumentMapper(lists, scope);
    }

    public List<Person> Persons { get; } = [];

    public List<Organisation> Organisations { get; } = [];

    public void MapAll(IEnumerable<XmlSourceElement> parties)
    {
        foreach (var party in parties)
        {
            var typeAt = party.Attribute("tipo");
            switch (typeAt.Trimmed() is { } written ? TextKeys.Normalize(written) : null)
            {
                case "FISICA":
                    if (MapPerson(party, $"/persons/{Persons.Count}") is { } person) Persons.Add(person);
                    break;
                case "JURIDICA":
                    if (MapOrganisation(party, $"/organisations/{Organisations.Count}") is { } organisation) Organisations.Add(organisation);
                    break;
                case null:
                    _scope.Error("required", "Interviniente/@tipo is required: FISICA (a person) or JURIDICA (a company or other legal person).", typeAt);
                    break;
                default:
                    _scope.Error("xml.invalid-value", $"Interviniente/@tipo is '{typeAt.Value}': it must be FISICA or JURIDICA.", typeAt);
                    break;
            }
        }
    }

    private Person? MapPerson(XmlSourceElement party, string path)
    {
        NotApplicable(party, "RazonSocial", "a natural person (FISICA)");
        _scope.Map(path + "/ref", Conversions.SequenceRef, party.Location);
        var role = _scope.RequiredLookup(path + "/role", party.Attribute("condicion"), _lists.Roles);
        var givenNames = _scope.Text(path + "/givenNames", party.ChildText("Nombre"));
        var familyNames = FamilyNames(party, path);
        var fullName = FullName(party, path, givenNames, familyNames);
        var sex = _scope.Coded<Sex>(path + "/sex", party.ChildText("Sexo"), _lists.Sexes, "sex");
        var birthDate = _scope.DayFirstDate(path + "/birthDate", party.ChildText("FechaNacimiento"));
        var placeOfBirth = PlaceOfBirth(party, path + "/placeOfBirth");
        var nationalities = Countries(party, path + "/nationalities");
        var languages = Languages(party, path + "/languages");
        var interpreter = _scope.Boolean(path + "/interpreterNeeded", party.ChildText("Interprete"));
        var minor = _scope.Boolean(path + "/minor", party.ChildText("Menor"));
        var custody = _scope.Coded<CustodyStatus>(path + "/custody", party.ChildText("SituacionPersonal"), _lists.Custody, "custody");
        var documents = _documents.MapAll(party, path + "/identityDocuments");
        var addresses = Addresses(party, path + "/addresses");
        if (role is null || fullName is null) return null;
        var reference = $"p{Persons.Count + 1}";
        var personRole = role.Canonical<PersonRole>("person");
        _ids.AddParty(party, reference, personRole);
        return new Person
        {
            Ref = reference,
            Role = personRole,
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

    private Organisation? MapOrganisation(XmlSourceElement party, string path)
    {
        foreach (var element in PersonOnly) NotApplicable(party, element, "a legal person (JURIDICA)");
        _scope.Map(path + "/ref", Conversions.SequenceRef, party.Location);
        var role = _scope.RequiredLookup(path + "/role", party.Attribute("condicion"), _lists.Roles);
        var name = _scope.RequiredText(path + "/name", party.ChildText("RazonSocial"));
        var documents = _documents.MapAll(party, path + "/registrationNumbers");
        var country = First(party, "Nacionalidad") is { } nationality ? _scope.Country(path + "/country", nationality.TextLocation) : null;
        var address = First(party, "Domicilio") is { } domicile ? _scope.Text(path + "/address/text", domicile.TextLocation) : null;
        if (role is null || name is null) return null;
        var reference = $"o{Organisations.Count + 1}";
        _ids.AddParty(party, reference, null);
        // Código Penal art. 31 bis: a legal person investigated or charged in Spain answers criminally.
        if (role["liability"] is not null) _scope.Map(path + "/liability", _lists.Roles.ConversionName, party.Attribute("condicion"));
        return new Organisation
        {
            Ref = reference,
            Role = role.Canonical<OrganisationRole>("organisation"),
            Liability = role["liability"] is null ? null : role.Canonical<LiabilityRegime>("liability"),
            Name = name,
            RegistrationNumbers = documents,
            Country = country,
            Address = address is null ? null : new Address { Text = address },
        };
    }

    private List<string> FamilyNames(XmlSourceElement party, string path)
    {
        var familyNames = new List<string>();
        foreach (var at in new[] { party.ChildText("Apellido1"), party.ChildText("Apellido2") })
            if (_scope.Text($"{path}/familyNames/{familyNames.Count}", at) is { } familyName) familyNames.Add(familyName);
        return familyNames;
    }

    private string? FullName(XmlSourceElement party, string path, string? givenNames, List<string> familyNames)
    {
        var sources = new[] { party.ChildText("Nombre"), party.ChildText("Apellido1"), party.ChildText("Apellido2") }.Where(at => at.Trimmed() is not null).ToArray();
        if (sources.Length == 0)
        {
            _scope.Error("required", "A natural person needs a Nombre or an Apellido1.", party.ChildText("Nombre"), path + "/fullName");
            return null;
        }
        _scope.Map(path + "/fullName", Conversions.JoinNames, sources);
        return string.Join(' ', new[] { givenNames }.Concat(familyNames).OfType<string>());
    }

    private List<string> Countries(XmlSourceElement party, string listPath)
    {
        var countries = new List<string>();
        foreach (var element in party.All("Nacionalidad"))
            if (_scope.Country($"{listPath}/{countries.Count}", element.TextLocation) is { } country) countries.Add(country);
        return countries;
    }

    /// <summary><c>LugarNacimiento</c>: the place as text, the State in <c>@pais</c> (name, demonym or code).</summary>
    private PlaceOfBirth? PlaceOfBirth(XmlSourceElement party, string path)
    {
        if (party.One("LugarNacimiento") is not { } element) return null;
        var place = _scope.Text(path + "/place", element.TextLocation);
        var country = _scope.Country(path + "/country", element.Attribute("pais"));
        return place is null && country is null ? null : new PlaceOfBirth { Place = place, Country = country };
    }

    /// <summary><c>Idioma</c>* (Spanish names, list <c>languages</c>) → BCP 47 tags, each once.</summary>
    private List<string> Languages(XmlSourceElement party, string listPath)
    {
        var languages = new List<string>();
        foreach (var element in party.All("Idioma"))
        {
            var at = element.TextLocation;
            if (at.Trimmed() is null || _lists.Languages.Find(at.Value)?["tag"] is { } known && languages.Contains(known)) continue;
            if (_scope.Lookup($"{listPath}/{languages.Count}", at, _lists.Languages)?["tag"] is { } tag) languages.Add(tag);
        }
        return languages;
    }

    private List<Address> Addresses(XmlSourceElement party, string listPath)
    {
        var addresses = new List<Address>();
        foreach (var element in party.All("Domicilio"))
            if (_scope.Text($"{listPath}/{addresses.Count}/text", element.TextLocation) is { } text) addresses.Add(new Address { Text = text });
        return addresses;
    }

    /// <summary>The first child named <paramref name="name"/>; an organisation has one country and one address, so later ones are reported.</summary>
    private XmlSourceElement? First(XmlSourceElement party, string name)
    {
        var elements = party.All(name).ToList();
        foreach (var extra in elements.Skip(1))
            _scope.Warning("xml.not-applicable", $"A legal person has one {name}: this one is ignored.", extra.Location);
        return elements.FirstOrDefault();
    }

    private void NotApplicable(XmlSourceElement party, string name, string what)
    {
        foreach (var element in party.All(name))
            _scope.Warning("xml.not-applicable", $"{name} does not apply to {what}; it is ignored.", element.TextLocation);
    }
}
