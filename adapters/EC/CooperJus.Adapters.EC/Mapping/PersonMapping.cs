using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.EC.Mapping;

/// <summary>
/// <c>personas</c>: natural persons. Ecuadorian names are <c>nombres</c> and two surnames (<c>primerApellido</c>,
/// paternal, and <c>segundoApellido</c>, maternal); <c>nombreCompleto</c>, when the export gives it (as a foreign
/// request names a person), is the full name as written, else the parts are joined.
/// </summary>
internal static class PersonMapping
{
    public static List<Person> Persons(RecordContext context, JsonObjectView solicitud)
    {
        var persons = new List<Person>();
        foreach (var persona in solicitud.Objects("personas", "/persons"))
        {
            if (Person(context, persona, Paths.Item("/persons", persons.Count)) is { } person) persons.Add(person);
        }
        return persons;
    }

    private static Person? Person(RecordContext context, JsonObjectView persona, string path)
    {
        var reference = context.Ref(persona, path + "/ref", RefKind.Person);
        var role = context.Coded<PersonRole>(persona, "calidad", path + "/role", context.Lists.Roles, "person", required: true);
        var givenNames = context.Text(persona, "nombres", path + "/givenNames");
        var familyNames = FamilyNames(context, persona, path + "/familyNames");
        var fullName = FullName(context, persona, path + "/fullName");
        var birthDate = context.Date(persona, "fechaNacimiento", path + "/birthDate");
        var placeOfBirth = PlaceOfBirth(context, persona, path + "/placeOfBirth");
        var aliases = Aliases(context, persona, path + "/aliases");
        var sex = context.Coded<Sex>(persona, "sexo", path + "/sex", context.Lists.Sexes, "sex");
        var nationalities = Nationalities(context, persona, path + "/nationalities");
        var documents = DocumentMapping.Documents(context, persona, path + "/identityDocuments");
        var direccion = persona.Object("direccion", path + "/addresses/0");
        var address = direccion is null ? null : AddressMapping.Address(context, direccion, path + "/addresses/0");
        if (reference is null || role is null || fullName is null) return null;
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
            Aliases = aliases,
            Nationalities = nationalities,
            IdentityDocuments = documents,
            Addresses = address is null ? [] : [address],
        };
    }

    /// <summary><c>nombreCompleto</c> as written, else <c>nombres</c> and the surnames joined; one of them is required.</summary>
    private static string? FullName(RecordContext context, JsonObjectView persona, string path)
    {
        if (context.Text(persona, "nombreCompleto", path) is { } written) return written;
        var parts = new List<SourceLocation>();
        foreach (var name in (string[])["nombres", "primerApellido", "segundoApellido"])
        {
            if (persona.String(name, path) is { } at && !string.IsNullOrWhiteSpace(at.Value)) parts.Add(at);
        }
        if (parts.Count == 0 || parts[0].Field != "nombres")
        {
            context.Scope.Error("required", "nombres is required when nombreCompleto is not given.", persona.At("nombres"), path);
            return null;
        }
        context.Scope.Map(path, Conversions.JoinNames, [.. parts]);
        return string.Join(' ', parts.Select(p => p.Value!.Trim()));
    }

    /// <summary><c>primerApellido</c> then <c>segundoApellido</c>, the ones given, as one list (lineage at the list).</summary>
    private static List<string> FamilyNames(RecordContext context, JsonObjectView persona, string path)
    {
        var sources = new List<SourceLocation>();
        foreach (var name in (string[])["primerApellido", "segundoApellido"])
        {
            if (persona.String(name, path) is { } at && !string.IsNullOrWhiteSpace(at.Value)) sources.Add(at);
        }
        if (sources.Count > 0) context.Scope.Map(path, "copy", [.. sources]);
        return [.. sources.Select(s => s.Value!.Trim())];
    }

    /// <summary><c>lugarNacimiento</c> (the place as written: <c>Riobamba, Chimborazo</c>) and <c>paisNacimiento</c>.</summary>
    private static PlaceOfBirth? PlaceOfBirth(RecordContext context, JsonObjectView persona, string path)
    {
        var place = context.Text(persona, "lugarNacimiento", path + "/place");
        var country = context.Country(persona, "paisNacimiento", path + "/country");
        return place is null && country is null ? null : new PlaceOfBirth { Place = place, Country = country };
    }

    /// <summary><c>alias</c>: the names the person is known by (<c>El Flaco</c>), as written.</summary>
    private static List<string> Aliases(RecordContext context, JsonObjectView persona, string path)
    {
        var sources = persona.Strings("alias", path).Where(s => !string.IsNullOrWhiteSpace(s.Value)).ToList();
        if (sources.Count > 0) context.Scope.Map(path, "copy", [.. sources]);
        return [.. sources.Select(s => s.Value!.Trim())];
    }

    /// <summary><c>nacionalidades</c>: country names, demonyms or codes; an unknown one is <c>country.unknown</c>.</summary>
    private static List<string> Nationalities(RecordContext context, JsonObjectView persona, string path)
    {
        var countries = new List<string>();
        var sources = new List<SourceLocation>();
        foreach (var item in persona.Strings("nacionalidades", path))
        {
            if (string.IsNullOrWhiteSpace(item.Value)) continue;
            if (!Countries.TryNormalize(item.Value, out var alpha2))
                context.Scope.Error("country.unknown", $"'{item.Value}' is not a country name, demonym or ISO 3166 code that the gateway knows.", item, path);
            else if (!countries.Contains(alpha2))
            {
                countries.Add(alpha2);
                sources.Add(item);
            }
        }
        if (sources.Count > 0) context.Scope.Map(path, Countries.Conversion, [.. sources]);
        return countries;
    }
}
