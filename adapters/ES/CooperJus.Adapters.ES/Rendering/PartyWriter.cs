using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.ES.Rendering;

/// <summary>Persons and organisations → <c>Interviniente</c> elements (FISICA, then JURIDICA).</summary>
internal sealed class PartyWriter
{
    private readonly XmlRenderOutput _out;
    private readonly SpainCodeLists _lists;
    private readonly RenderScope _scope;
    private readonly RenderRefs _refs;

    public PartyWriter(XmlRenderOutput output, SpainCodeLists lists, RenderScope scope, RenderRefs refs)
    {
        _out = output;
        _lists = lists;
        _scope = scope;
        _refs = refs;
    }

    public void Write(CooperationRequest request)
    {
        for (var i = 0; i < request.Persons.Count; i++) Person(request.Persons[i], $"/persons/{i}", $"p{i + 1}");
        for (var i = 0; i < request.Organisations.Count; i++) Organisation(request.Organisations[i], $"/organisations/{i}", $"o{i + 1}");
    }

    private void Person(Person person, string path, string rereadRef)
    {
        _out.Start("Interviniente");
        _out.Code("condicion", RoleCode("person", CanonicalCodes.ToCode(person.Role), path));
        _out.Code("tipo", "FISICA");
        Id(person.Ref);
        Names(person, path);
        Documents(person.IdentityDocuments, path + "/identityDocuments");
        _out.Element("Sexo", person.Sex is { } sex ? _lists.Sexes.FindBy("sex", CanonicalCodes.ToCode(sex))!.Key : null, path + "/sex");
        _out.Element("FechaNacimiento", person.BirthDate is { } birthDate ? Dates.FormatDayFirst(birthDate) : null, path + "/birthDate");
        PlaceOfBirth(person.PlaceOfBirth, path + "/placeOfBirth");
        for (var i = 0; i < person.Nationalities.Count; i++) _out.Element("Nacionalidad", SpanishNames.Of(person.Nationalities[i]) ?? person.Nationalities[i], $"{path}/nationalities/{i}");
        Languages(person.Languages, path + "/languages");
        _out.Element("Interprete", Boolean(person.InterpreterNeeded), path + "/interpreterNeeded");
        _out.Element("Menor", Boolean(person.Minor), path + "/minor");
        _out.Element("SituacionPersonal", person.Custody is { } custody ? _lists.Custody.FindBy("custody", CanonicalCodes.ToCode(custody))!.Key : null, path + "/custody");
        for (var i = 0; i < person.Addresses.Count; i++) Address(person.Addresses[i], $"{path}/addresses/{i}");
        _out.End();
        Renumbered(person.Ref, rereadRef, path);
        _scope.NotCarriedIfPresent(path + "/aliases", "Fortuny has no other names of a person.");
    }

    private void Organisation(Organisation organisation, string path, string rereadRef)
    {
        _out.Start("Interviniente");
        _out.Code("condicion", RoleCode("organisation", CanonicalCodes.ToCode(organisation.Role), path));
        _out.Code("tipo", "JURIDICA");
        Id(organisation.Ref);
        _out.Element("RazonSocial", organisation.Name, path + "/name");
        Documents(organisation.RegistrationNumbers, path + "/registrationNumbers");
        _out.Element("Nacionalidad", organisation.Country is { } country ? SpanishNames.Of(country) ?? country : null, path + "/country");
        if (organisation.Address is { } address) Address(address, path + "/address");
        _out.End();
        Renumbered(organisation.Ref, rereadRef, path);
        Liability(organisation, path + "/liability");
    }

    /// <summary>The liability of a legal person reads back from its condición (Código Penal art. 31 bis: investigated means criminal).</summary>
    private void Liability(Organisation organisation, string path)
    {
        var reread = _lists.Roles.FindBy("organisation", CanonicalCodes.ToCode(organisation.Role))?["liability"];
        var liability = organisation.Liability is { } regime ? CanonicalCodes.ToCode(regime) : null;
        if (liability == reread) return;
        if (liability is null) _scope.Altered(path, $"it is empty: a Spanish legal person in this condición answers under Código Penal art. 31 bis, so it reads back as {reread}.");
        else _scope.NotCarried(path, $"Fortuny's condición of a legal person implies {reread ?? "no liability regime"}.");
    }

    private void Id(string canonicalRef)
    {
        if (_refs.IdToWrite(canonicalRef) is { } id) _out.Code("id", id);
    }

    private void PlaceOfBirth(PlaceOfBirth? place, string path)
    {
        if (place is null) return;
        if (place is { Place: null, Country: null })
        {
            _scope.Altered(path, "it names neither a place nor a State: nothing is written, so it reads back as empty.");
            return;
        }
        _out.Start("LugarNacimiento");
        _out.Attribute("pais", place.Country is { } country ? SpanishNames.Of(country) ?? country : null, path + "/country");
        _out.Text(place.Place, path + "/place");
        _out.End();
    }

    private void Languages(IReadOnlyList<string> languages, string listPath)
    {
        var written = 0;
        for (var i = 0; i < languages.Count; i++)
        {
            var path = $"{listPath}/{i}";
            if (_lists.Languages.FindBy("tag", languages[i]) is not { } entry)
            {
                _scope.NotCarried(path, $"no Fortuny Idioma stands for it (codelists/languages.csv).");
                continue;
            }
            _out.Element("Idioma", entry.Key, path);
            if (written++ != i) _scope.Altered(path, $"it reads back at position {written - 1}, after a language that is not carried.");
        }
    }

    private static string? Boolean(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => null,
    };

    private void Names(Person person, string path)
    {
        if (person.GivenNames is null && person.FamilyNames.Count == 0)
        {
            _out.Element("Nombre", person.FullName, path + "/fullName");
            _scope.Altered(path + "/givenNames", "it is empty: the full name, not split, is written as Nombre and reads back as given names.");
            return;
        }
        _out.Element("Nombre", person.GivenNames, path + "/givenNames");
        _out.Element("Apellido1", person.FamilyNames.ElementAtOrDefault(0), path + "/familyNames/0");
        _out.Element("Apellido2", person.FamilyNames.Count > 1 ? string.Join(' ', person.FamilyNames.Skip(1)) : null, path + "/familyNames/1");
        if (person.FamilyNames.Count > 2)
            _scope.Altered(path + "/familyNames", "it has more than two family names: the second and later ones are written together as Apellido2.");
        var joined = string.Join(' ', new[] { person.GivenNames }.Concat(person.FamilyNames).OfType<string>());
        if (joined != person.FullName)
            _scope.Altered(path + "/fullName", $"it is written as its parts (Nombre, Apellido1, Apellido2), so it reads back as \"{joined}\".");
    }

    private void Documents(IReadOnlyList<IdentityDocument> documents, string listPath)
    {
        for (var i = 0; i < documents.Count; i++)
        {
            var path = $"{listPath}/{i}";
            var document = documents[i];
            var entry = DocumentEntry(document);
            if (entry is null)
            {
                _scope.NotCarried(path, $"Fortuny's Documento types are Spanish documents and passports.");
                continue;
            }
            _out.Start("Documento");
            _out.Code("tipo", entry.Key);
            _out.Text(document.Number, path + "/number");
            _out.End();
            if (document.NationalType != entry.Key) _scope.Altered(path + "/nationalType", $"it is written as {entry.Key}.");
            if (entry["country"] is null) _scope.NotCarriedIfPresent(path + "/issuingCountry", "Fortuny does not say which State issued a passport.");
        }
    }

    private CodeListEntry? DocumentEntry(IdentityDocument document)
    {
        var type = CanonicalCodes.ToCode(document.Type);
        bool Fits(CodeListEntry e) => e["type"] == type && (e["country"] is null || e["country"] == document.IssuingCountry);
        return document.NationalType is { } written && _lists.DocumentTypes.Find(written) is { } named && Fits(named)
            ? named
            : _lists.DocumentTypes.Entries.FirstOrDefault(Fits);
    }

    private void Address(Address address, string path)
    {
        _out.Element("Domicilio", address.Text, path + "/text");
        _scope.NotCarriedIfPresent(path + "/city", "Fortuny's Domicilio is one text (write the city in it).");
        _scope.NotCarriedIfPresent(path + "/country", "Fortuny's Domicilio is one text (write the country in it).");
    }

    private string RoleCode(string column, string role, string path)
    {
        var code = _lists.Roles.FindBy(column, role)?.Key;
        if (code is not null) return code;
        _scope.Altered(path + "/role", $"it is {role}, which no Fortuny condición stands for (codelists/roles.csv): written as TERCERO.");
        return "TERCERO";
    }

    private void Renumbered(string canonicalRef, string rereadRef, string path)
    {
        if (canonicalRef != rereadRef)
            _scope.Altered(path + "/ref", $"it is {canonicalRef}: Fortuny has no ids, so it reads back as {rereadRef} (measures and holders cannot point at it).");
    }
}
