using CooperJus.Adapters.CL.Mapping;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Identity;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.CL.Rendering;

/// <summary>Persons → <c>Interviniente</c>, organisations → <c>Empresa</c>, with the code lists read backwards.</summary>
internal sealed class PartyWriter(XmlRenderOutput output, ChileCodeLists lists, RenderScope scope, RenderIds ids)
{
    public void WritePersons(IReadOnlyList<Person> persons)
    {
        for (var i = 0; i < persons.Count; i++) WritePerson(persons[i], $"/persons/{i}");
    }

    public void WriteOrganisations(IReadOnlyList<Organisation> organisations)
    {
        for (var i = 0; i < organisations.Count; i++) WriteOrganisation(organisations[i], $"/organisations/{i}");
    }

    private void WritePerson(Person person, string path)
    {
        output.Start("Interviniente");
        output.Code("id", ids.Assign(person.Ref));
        output.Code("calidad", lists.Roles.FindBy("person", CanonicalCodes.ToCode(person.Role))!.Key);
        Names(person, path);
        Documents(person.IdentityDocuments, path + "/identityDocuments");
        if (person.Sex is { } sex) output.Element("Sexo", lists.Sexes.FindBy("sex", CanonicalCodes.ToCode(sex))!.Key, path + "/sex");
        output.Element("FechaNacimiento", SolicitudWriter.Date(person.BirthDate), path + "/birthDate");
        PlaceOfBirth(person.PlaceOfBirth, path + "/placeOfBirth");
        for (var n = 0; n < person.Nationalities.Count; n++) output.Element("Nacionalidad", person.Nationalities[n], $"{path}/nationalities/{n}");
        Languages(person.Languages, path + "/languages");
        if (person.InterpreterNeeded is { } interpreter) output.Element("Interprete", interpreter ? "true" : "false", path + "/interpreterNeeded");
        if (person.Minor is { } minor) output.Element("Menor", minor ? "true" : "false", path + "/minor");
        if (person.Custody is { } custody) output.Element("SituacionProcesal", lists.Custody.FindBy("custody", CanonicalCodes.ToCode(custody))!.Key, path + "/custody");
        for (var n = 0; n < person.Addresses.Count; n++) Address(person.Addresses[n], $"{path}/addresses/{n}");
        output.End();
    }

    /// <summary>
    /// Nombres, apellido paterno, apellido materno. A name given whole (no parts) is written as Nombres; a third family
    /// name joins the apellido materno. Whatever would read back otherwise is reported.
    /// </summary>
    private void Names(Person person, string path)
    {
        var given = person.GivenNames;
        if (given is null && person.FamilyNames.Count == 0)
        {
            given = person.FullName;
            scope.Altered(path + "/givenNames", "SAF writes a name in its parts; a name given whole is written as Nombres and reads back as the given names.");
        }
        var families = person.FamilyNames;
        var paternal = families.Count > 0 ? families[0] : null;
        var maternal = families.Count > 1 ? string.Join(' ', families.Skip(1)) : null;
        if (families.Count > 2) scope.Altered(path + "/familyNames", "SAF has two family names (paterno, materno); the later ones are written with the apellido materno and read back as one.");
        output.Element("Nombres", given, path + "/givenNames");
        output.Element("ApellidoPaterno", paternal, path + "/familyNames/0");
        output.Element("ApellidoMaterno", maternal, path + "/familyNames/1");
        var readBack = string.Join(' ', new[] { given?.Trim(), paternal?.Trim(), maternal?.Trim() }.Where(part => !string.IsNullOrEmpty(part)));
        if (readBack != person.FullName) scope.Altered(path + "/fullName", $"SAF joins the name from its parts, so it reads back as \"{readBack}\".");
    }

    /// <summary>
    /// The first valid Chilean national id as <c>RUN</c>, then the passports, then every other document as
    /// <c>Documento</c> (the order reading gives back); a number its country's rule finds invalid is not written, since
    /// reading would refuse it.
    /// </summary>
    private void Documents(IReadOnlyList<IdentityDocument> documents, string listPath)
    {
        var run = FirstRut(documents, DocumentType.NationalId);
        var order = new List<int>();
        if (run >= 0)
        {
            Rut("RUN", documents[run], $"{listPath}/{run}", "RUN");
            order.Add(run);
        }
        for (var i = 0; i < documents.Count; i++)
        {
            if (i == run || documents[i].Type != DocumentType.Passport) continue;
            Passport(documents[i], $"{listPath}/{i}");
            order.Add(i);
        }
        for (var i = 0; i < documents.Count; i++)
        {
            if (i == run || documents[i].Type == DocumentType.Passport) continue;
            if (Other(documents[i], $"{listPath}/{i}")) order.Add(i);
        }
        if (!order.SequenceEqual(order.Order()))
            scope.Altered(listPath, "SAF writes the RUN, then the passports, then other documents, so they read back in that order.");
    }

    private void Passport(IdentityDocument document, string path)
    {
        output.Start("Pasaporte");
        output.Attribute("pais", document.IssuingCountry, path + "/issuingCountry");
        output.Text(document.Number, path + "/number");
        output.End();
        if (document.NationalType != "Pasaporte") scope.Altered(path + "/nationalType", "SAF names the document by its element, so it reads back as Pasaporte.");
        if (document.CheckDigit != CheckDigitStatus.Unverified) scope.Altered(path + "/checkDigit", "a passport has no check digit, so it reads back as unverified.");
    }

    /// <summary><c>Documento</c>: a document of another register, with its kind, name and issuing State.</summary>
    private bool Other(IdentityDocument document, string path)
    {
        var check = IdentityNumbers.Check(document.IssuingCountry ?? "", document.NationalType ?? "", document.Number).Status;
        if (check == CheckDigitStatus.Invalid)
        {
            scope.NotCarried(path, "its country's rule finds the number invalid, and SAF would refuse it.");
            return false;
        }
        output.Start("Documento");
        output.Code("clase", lists.DocumentTypes.FindBy("type", CanonicalCodes.ToCode(document.Type))!.Key);
        output.Attribute("tipo", document.NationalType, path + "/nationalType");
        output.Attribute("pais", document.IssuingCountry, path + "/issuingCountry");
        output.Text(document.Number, path + "/number");
        output.End();
        if (check != document.CheckDigit) scope.Altered(path + "/checkDigit", $"the check is made again on reading: {CanonicalCodes.ToCode(check)}.");
        return true;
    }

    /// <summary>Each language by its Spanish name in <c>languages.csv</c>; a language the list does not name cannot be written.</summary>
    private void Languages(IReadOnlyList<string> tags, string listPath)
    {
        for (var i = 0; i < tags.Count; i++)
        {
            if (lists.Languages.FindBy("tag", tags[i]) is { } entry) output.Element("Idioma", entry.Key, $"{listPath}/{i}");
            else scope.NotCarried($"{listPath}/{i}", $"languages.csv has no SAF name for '{tags[i]}'.");
        }
    }

    private void PlaceOfBirth(PlaceOfBirth? place, string path)
    {
        if (place is null) return;
        output.Start("LugarNacimiento");
        output.Attribute("pais", place.Country, path + "/country");
        output.Text(place.Place, path + "/place");
        output.End();
    }

    /// <summary>The index of the first Chilean document of <paramref name="type"/> that the cl.rut rule does not refuse, or -1.</summary>
    private static int FirstRut(IReadOnlyList<IdentityDocument> documents, DocumentType type)
    {
        for (var i = 0; i < documents.Count; i++)
            if (IsRut(documents[i], type)) return i;
        return -1;
    }

    private void WriteOrganisation(Organisation organisation, string path)
    {
        output.Start("Empresa");
        output.Code("id", ids.Assign(organisation.Ref));
        output.Code("calidad", lists.Roles.FindBy("organisation", CanonicalCodes.ToCode(organisation.Role))!.Key);
        output.Element("RazonSocial", organisation.Name, path + "/name");
        var numbers = organisation.RegistrationNumbers;
        var rut = FirstRut(numbers, DocumentType.TaxId);
        if (rut >= 0) Rut("RUT", numbers[rut], $"{path}/registrationNumbers/{rut}", "RUT");
        var order = new List<int>(rut >= 0 ? [rut] : []);
        for (var i = 0; i < numbers.Count; i++)
            if (i != rut && Other(numbers[i], $"{path}/registrationNumbers/{i}")) order.Add(i);
        if (!order.SequenceEqual(order.Order()))
            scope.Altered(path + "/registrationNumbers", "SAF writes the RUT before other registration numbers, so they read back in that order.");
        output.Element("Pais", organisation.Country, path + "/country");
        if (organisation.Address is { } address) Address(address, path + "/address");
        output.End();
    }

    /// <summary>A Chilean document of <paramref name="type"/> that reads back without error: the cl.rut rule must not find it invalid.</summary>
    private static bool IsRut(IdentityDocument document, DocumentType type) =>
        document.Type == type && document.IssuingCountry == PartyMapper.Chile
        && IdentityNumbers.Check(PartyMapper.Chile, "RUT", document.Number).Status != CheckDigitStatus.Invalid;

    private void Rut(string element, IdentityDocument document, string path, string nationalType)
    {
        output.Element(element, document.Number, path + "/number");
        if (document.NationalType != nationalType) scope.Altered(path + "/nationalType", $"SAF names the document by its element, so it reads back as {nationalType}.");
        var status = IdentityNumbers.Check(PartyMapper.Chile, nationalType, document.Number).Status;
        if (status != document.CheckDigit) scope.Altered(path + "/checkDigit", $"the cl.rut rule is applied again on reading: {CanonicalCodes.ToCode(status)}.");
    }

    /// <summary>
    /// An address in SAF's parts: the comuna is the city; what comes before it in the text is the street, what comes
    /// after it the región. Text without the city among its parts goes whole into Calle.
    /// </summary>
    private void Address(Address address, string path)
    {
        var parts = address.Text.Split(AddressMapper.PartSeparator);
        var cityAt = address.City is null ? -1 : Array.LastIndexOf(parts, address.City);
        string? street = address.Text, region = null;
        if (cityAt >= 0)
        {
            street = cityAt == 0 ? null : string.Join(AddressMapper.PartSeparator, parts[..cityAt]);
            region = cityAt == parts.Length - 1 ? null : string.Join(AddressMapper.PartSeparator, parts[(cityAt + 1)..]);
        }
        output.Start("Domicilio");
        output.Attribute("pais", address.Country, path + "/country");
        output.Element("Calle", street, path + "/text");
        output.Element("Comuna", address.City, path + "/city");
        output.Element("Region", region, path + "/text");
        output.End();
        var readBack = string.Join(AddressMapper.PartSeparator, new[] { street?.Trim(), address.City?.Trim(), region?.Trim() }.Where(part => !string.IsNullOrEmpty(part)));
        if (readBack != address.Text) scope.Altered(path + "/text", $"SAF writes an address in parts (calle, comuna, región), so it reads back as \"{readBack}\".");
    }
}
