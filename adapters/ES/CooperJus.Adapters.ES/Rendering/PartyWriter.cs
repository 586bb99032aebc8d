using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.ES.Rendering;

/// <summary>Persons and organisations → <c>Interviniente</c> elements (FISICA, then JURIDICA).</summary>
internal sealed class PartyWriter
{
    private readonly XmlOut _out;
    private readonly SpainCodeLists _lists;
    private readonly RenderNotes _notes;

    public PartyWriter(XmlOut output, SpainCodeLists lists, RenderNotes notes)
    {
        _out = output;
        _lists = lists;
        _notes = notes;
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
        Names(person, path);
        Documents(person.IdentityDocuments, path + "/identityDocuments");
        _out.Element("FechaNacimiento", person.BirthDate is { } birthDate ? Dates.FormatDayFirst(birthDate) : null, path + "/birthDate");
        for (var i = 0; i < person.Nationalities.Count; i++) _out.Element("Nacionalidad", SpanishNames.Of(person.Nationalities[i]) ?? person.Nationalities[i], $"{path}/nationalities/{i}");
        for (var i = 0; i < person.Addresses.Count; i++) Address(person.Addresses[i], $"{path}/addresses/{i}");
        _out.End();
        Renumbered(person.Ref, rereadRef, path);
        _notes.NotCarriedIfPresent(path + "/aliases", person.Aliases, "are not carried: Fortuny has no other names of a person.");
    }

    private void Organisation(Organisation organisation, string path, string rereadRef)
    {
        _out.Start("Interviniente");
        _out.Code("condicion", RoleCode("organisation", CanonicalCodes.ToCode(organisation.Role), path));
        _out.Code("tipo", "JURIDICA");
        _out.Element("RazonSocial", organisation.Name, path + "/name");
        Documents(organisation.RegistrationNumbers, path + "/registrationNumbers");
        _out.Element("Nacionalidad", organisation.Country is { } country ? SpanishNames.Of(country) ?? country : null, path + "/country");
        if (organisation.Address is { } address) Address(address, path + "/address");
        _out.End();
        Renumbered(organisation.Ref, rereadRef, path);
    }

    private void Names(Person person, string path)
    {
        if (person.GivenNames is null && person.FamilyNames.Count == 0)
        {
            _out.Element("Nombre", person.FullName, path + "/fullName");
            _notes.Altered(path + "/givenNames", "is empty: the full name, not split, is written as Nombre and reads back as given names.");
            return;
        }
        _out.Element("Nombre", person.GivenNames, path + "/givenNames");
        _out.Element("Apellido1", person.FamilyNames.ElementAtOrDefault(0), path + "/familyNames/0");
        _out.Element("Apellido2", person.FamilyNames.Count > 1 ? string.Join(' ', person.FamilyNames.Skip(1)) : null, path + "/familyNames/1");
        if (person.FamilyNames.Count > 2)
            _notes.Altered(path + "/familyNames", "has more than two family names: the second and later ones are written together as Apellido2.");
        var joined = string.Join(' ', new[] { person.GivenNames }.Concat(person.FamilyNames).OfType<string>());
        if (joined != person.FullName)
            _notes.Altered(path + "/fullName", $"is written as its parts (Nombre, Apellido1, Apellido2), so it reads back as \"{joined}\".");
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
                _notes.NotCarried(path, $"(a {CanonicalCodes.ToCode(document.Type)} issued by {document.IssuingCountry ?? "an unknown country"}) is not carried: Fortuny's Documento types are Spanish documents and passports.");
                continue;
            }
            _out.Start("Documento");
            _out.Code("tipo", entry.Key);
            _out.Text(document.Number, path + "/number");
            _out.End();
            if (document.NationalType != entry.Key) _notes.Altered(path + "/nationalType", $"is written as {entry.Key}.");
            if (entry["country"] is null) _notes.NotCarriedIfPresent(path + "/issuingCountry", document.IssuingCountry, "is not carried: Fortuny does not say which State issued a passport.");
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
        _notes.NotCarriedIfPresent(path + "/city", address.City, "is not carried apart: Fortuny's Domicilio is one text (write the city in it).");
        _notes.NotCarriedIfPresent(path + "/country", address.Country, "is not carried apart: Fortuny's Domicilio is one text (write the country in it).");
    }

    private string RoleCode(string column, string role, string path)
    {
        var code = _lists.Roles.FindBy(column, role)?.Key;
        if (code is not null) return code;
        _notes.Altered(path + "/role", $"is {role}, which no Fortuny condición stands for (codelists/roles.csv): written as TERCERO.");
        return "TERCERO";
    }

    private void Renumbered(string canonicalRef, string rereadRef, string path)
    {
        if (canonicalRef != rereadRef)
            _notes.Altered(path + "/ref", $"is {canonicalRef}: Fortuny has no ids, so it reads back as {rereadRef} (measures and holders cannot point at it).");
    }
}
