using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;
using F = CooperJus.Adapters.UY.Reading.SippauFields;

namespace CooperJus.Adapters.UY.Mapping;

/// <summary>The personas and empresas of a solicitud: names in their four parts, CI and RUT with their check digits, domicilios.</summary>
internal sealed class PartyMapper(NationalCodeLists lists)
{
    public List<Person> Persons(RecordScope scope, JsonObjectView solicitud)
    {
        var persons = new List<Person>();
        var personas = solicitud.Objects(F.Personas, "/persons");
        for (var i = 0; i < personas.Count; i++)
        {
            if (Person(scope, personas[i], $"/persons/{persons.Count}") is { } person) persons.Add(person);
        }
        return persons;
    }

    public List<Organisation> Organisations(RecordScope scope, JsonObjectView solicitud)
    {
        var organisations = new List<Organisation>();
        var empresas = solicitud.Objects(F.Empresas, "/organisations");
        for (var i = 0; i < empresas.Count; i++)
        {
            if (Organisation(scope, empresas[i], $"/organisations/{organisations.Count}") is { } organisation) organisations.Add(organisation);
        }
        return organisations;
    }

    private Person? Person(RecordScope scope, JsonObjectView persona, string path)
    {
        var id = Reads.RequiredText(scope, persona, F.Id, path + "/ref");
        var role = Reads.Code<PersonRole>(scope, persona.RequiredString(F.Calidad, path + "/role"), lists.PersonRoles, path + "/role");
        var names = Names(scope, persona, path);
        var sex = Reads.Code<Sex>(scope, persona.String(F.Sexo, path + "/sex"), new CodeListLookup(lists.Sexes, "sex"), path + "/sex");
        var birthDate = Reads.IsoDate(scope, persona, F.FechaNacimiento, path + "/birthDate");
        var nationality = Reads.Country(scope, persona, F.Nacionalidad, path + "/nationalities");
        var document = persona.Object(F.Documento, path + "/identityDocuments/0") is { } documento ? Document(scope, documento, path + "/identityDocuments/0") : null;
        var address = persona.Object(F.Domicilio, path + "/addresses/0") is { } domicilio ? Address(scope, domicilio, path + "/addresses/0") : null;
        if (id is null || role is null || names is null) return null;
        return new Person
        {
            Ref = id,
            Role = role.Value,
            FullName = names.Value.Full,
            GivenNames = names.Value.Given,
            FamilyNames = names.Value.Family,
            Sex = sex,
            BirthDate = birthDate,
            Nationalities = nationality is null ? [] : [nationality],
            IdentityDocuments = document is null ? [] : [document],
            Addresses = address is null ? [] : [address],
        };
    }

    /// <summary>Primer and segundo nombre, primer and segundo apellido: the first of each is required.</summary>
    private static (string Full, string Given, List<string> Family)? Names(RecordScope scope, JsonObjectView persona, string path)
    {
        var primerNombre = persona.RequiredString(F.PrimerNombre, path + "/givenNames");
        var segundoNombre = persona.String(F.SegundoNombre, path + "/givenNames");
        var primerApellido = persona.RequiredString(F.PrimerApellido, path + "/familyNames");
        var segundoApellido = persona.String(F.SegundoApellido, path + "/familyNames");
        if (primerNombre is null || primerApellido is null) return null;
        SourceLocation[] given = [.. new[] { primerNombre, segundoNombre }.Where(Filled).Select(at => at!)];
        SourceLocation[] family = [.. new[] { primerApellido, segundoApellido }.Where(Filled).Select(at => at!)];
        scope.Map(path + "/givenNames", Conversions.JoinNames, given);
        scope.Map(path + "/familyNames", Conversions.FamilyNames, family);
        scope.Map(path + "/fullName", Conversions.JoinNames, [.. given, .. family]);
        var givenText = string.Join(' ', given.Select(at => at.Value!.Trim()));
        var familyList = family.Select(at => at.Value!.Trim()).ToList();
        return (givenText + " " + string.Join(' ', familyList), givenText, familyList);
    }

    private static bool Filled(SourceLocation? at) => !string.IsNullOrWhiteSpace(at?.Value);

    private IdentityDocument? Document(RecordScope scope, JsonObjectView documento, string path)
    {
        var tipoAt = documento.RequiredString(F.Tipo, path + "/type");
        var numeroAt = documento.RequiredString(F.Numero, path + "/number");
        if (tipoAt is null || numeroAt is null) return null;
        if (scope.Lookup(path + "/type", tipoAt, lists.DocumentTypes) is not { } entry || !CanonicalCodes.TryParse<DocumentType>(entry["type"], out var type)) return null;
        // The document's name in its country (DNI, CPF) when SIPPAU's tipo is generic; otherwise the tipo itself.
        var denominacionAt = documento.String(F.Denominacion, path + "/nationalType");
        var tipo = (denominacionAt is not null && !string.IsNullOrWhiteSpace(denominacionAt.Value) ? scope.Text(path + "/nationalType", denominacionAt) : scope.Text(path + "/nationalType", tipoAt))!;
        var number = scope.Text(path + "/number", numeroAt)!;
        var country = Reads.Country(scope, documento, F.PaisEmisor, path + "/issuingCountry");
        if (country is null && entry["issuingCountry"] is { } implied)
        {
            scope.Map(path + "/issuingCountry", lists.DocumentTypes.ConversionName, tipoAt);
            country = implied;
        }
        if (country is null && type != DocumentType.Passport)
        {
            scope.Error("required", $"{F.PaisEmisor} is required for a documento of tipo {tipoAt.Value}.", documento.At(F.PaisEmisor), path + "/issuingCountry");
            return null;
        }
        // A passport without issuing country stays unverified: no rule can be chosen.
        var status = country is null ? Unverified(scope, path, numeroAt) : scope.CheckDocument(path, numeroAt, country, tipo);
        return new IdentityDocument { Type = type.Value, NationalType = tipo, Number = number, IssuingCountry = country, CheckDigit = status };
    }

    private static CheckDigitStatus Unverified(RecordScope scope, string path, SourceLocation numeroAt)
    {
        scope.Map(path + "/checkDigit", "identity-rule:none", numeroAt);
        return CheckDigitStatus.Unverified;
    }

    /// <summary>
    /// A domicilio in its parts; the canonical text joins calle, número de puerta, apartamento and departamento, the
    /// city is the localidad, and the country is <c>pais</c>, or Uruguay when a departamento is given.
    /// </summary>
    private static Address? Address(RecordScope scope, JsonObjectView domicilio, string path)
    {
        var calle = domicilio.RequiredString(F.Calle, path + "/text");
        var puerta = domicilio.String(F.NumeroPuerta, path + "/text");
        var apartamento = domicilio.String(F.Apartamento, path + "/text");
        var departamento = domicilio.String(F.Departamento, path + "/text");
        var city = Reads.Text(scope, domicilio, F.Localidad, path + "/city");
        var country = Reads.Country(scope, domicilio, F.Pais, path + "/country");
        if (Filled(departamento) && !Departamentos.IsKnown(departamento!.Value!))
        {
            scope.Error("uy.departamento", $"{F.Departamento} '{departamento.Value}' is not one of Uruguay's nineteen departments ({string.Join(", ", Departamentos.All)}).", departamento, path + "/text");
            return null;
        }
        if (calle is null) return null;
        var text = calle.Value!.Trim();
        if (Filled(puerta)) text += " " + puerta!.Value!.Trim();
        if (Filled(apartamento)) text += ", apto. " + apartamento!.Value!.Trim();
        if (Filled(departamento)) text += ", " + departamento!.Value!.Trim();
        scope.Map(path + "/text", Conversions.JoinAddress, [.. new[] { calle, puerta, apartamento, departamento }.Where(Filled).Select(at => at!)]);
        if (country is null && Filled(departamento))
        {
            // A departamento is one of Uruguay's: the domicilio is in Uruguay.
            scope.Map(path + "/country", Conversions.ImpliedByField, departamento!);
            country = NationalDefaults.Country;
        }
        return new Address { Text = text, City = city, Country = country };
    }

    private Organisation? Organisation(RecordScope scope, JsonObjectView empresa, string path)
    {
        var id = Reads.RequiredText(scope, empresa, F.Id, path + "/ref");
        var name = Reads.RequiredText(scope, empresa, F.RazonSocial, path + "/name");
        var roleAt = empresa.String(F.Calidad, path + "/role");
        var role = Reads.Code<OrganisationRole>(scope, roleAt, lists.OrganisationRoles, path + "/role");
        if (role is null && !Filled(roleAt)) scope.Map(path + "/role", Conversions.AdapterDefault);
        var rut = empresa.String(F.Rut, path + "/registrationNumbers/0/number") is { } rutAt && Filled(rutAt) ? Rut(scope, rutAt, path + "/registrationNumbers/0") : null;
        var country = Reads.Country(scope, empresa, F.Pais, path + "/country");
        if (id is null || name is null || (Filled(roleAt) && role is null)) return null;
        return new Organisation
        {
            Ref = id,
            Name = name,
            Role = role ?? OrganisationRole.ThirdParty,
            RegistrationNumbers = rut is null ? [] : [rut],
            Country = country,
        };
    }

    /// <summary>A RUT, checked by the adapter's own rule <c>uy.rut</c> (the SDK has none).</summary>
    private static IdentityDocument? Rut(RecordScope scope, SourceLocation at, string path)
    {
        var check = RutNumbers.Check(at.Value!);
        scope.Map(path + "/checkDigit", Conversions.IdentityRuleRut, at);
        if (check.Status == CheckDigitStatus.Invalid)
        {
            scope.Error("identity.check-digit", $"UY RUT '{at.Value}' is not valid: {check.Reason}", at, path + "/number");
            return null;
        }
        var number = scope.Text(path + "/number", at)!;
        scope.Map(path + "/type", Conversions.ImpliedByField, at);
        scope.Map(path + "/nationalType", Conversions.ImpliedByField, at);
        scope.Map(path + "/issuingCountry", Conversions.ImpliedByField, at);
        return new IdentityDocument { Type = DocumentType.TaxId, NationalType = "RUT", Number = number, IssuingCountry = NationalDefaults.Country, CheckDigit = check.Status };
    }
}
