using System.Globalization;
using System.Text.Json;
using CooperJus.Adapters.UY.Mapping;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Identity;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;
using F = CooperJus.Adapters.UY.Reading.SippauFields;

namespace CooperJus.Adapters.UY.Rendering;

/// <summary>Writes a request's persons as personas and its organisations as empresas; returns the refs written.</summary>
internal sealed class PartyWriter(NationalCodeLists lists)
{
    public HashSet<string> Write(JsonLine line, CooperationRequest request, RenderScope scope)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        if (request.Persons.Count > 0)
        {
            line.Writer.WriteStartArray(F.Personas);
            for (var i = 0; i < request.Persons.Count; i++)
            {
                if (Persona(line.Writer, request.Persons[i], $"/persons/{i}", scope)) written.Add(request.Persons[i].Ref);
            }
            line.Writer.WriteEndArray();
        }
        if (request.Organisations.Count > 0)
        {
            line.Writer.WriteStartArray(F.Empresas);
            for (var i = 0; i < request.Organisations.Count; i++)
            {
                if (Empresa(line.Writer, request.Organisations[i], $"/organisations/{i}", scope)) written.Add(request.Organisations[i].Ref);
            }
            line.Writer.WriteEndArray();
        }
        return written;
    }

    private bool Persona(Utf8JsonWriter w, Person person, string path, RenderScope scope)
    {
        var role = lists.Roles.FindBy("person", CanonicalCodes.ToCode(person.Role));
        var names = Names(person, path, scope);
        if (role is null || names is null)
        {
            scope.NotCarried(path, role is null ? $"roles.csv has no calidad for {CanonicalCodes.ToCode(person.Role)}." : "a persona needs a nombre and an apellido, and the full name is one word.");
            return false;
        }
        w.WriteStartObject();
        w.WriteString(F.Id, person.Ref);
        w.WriteString(F.Calidad, role.Key);
        var (primerNombre, segundoNombre, primerApellido, segundoApellido) = names.Value;
        w.WriteString(F.PrimerNombre, primerNombre);
        if (segundoNombre is not null) w.WriteString(F.SegundoNombre, segundoNombre);
        w.WriteString(F.PrimerApellido, primerApellido);
        if (segundoApellido is not null) w.WriteString(F.SegundoApellido, segundoApellido);
        if (person.Sex is { } sex)
        {
            if (lists.Sexes.FindBy("sex", CanonicalCodes.ToCode(sex)) is { } sexo) w.WriteString(F.Sexo, sexo.Key);
            else scope.NotCarried(path + "/sex", "sexes.csv has no sexo for it.");
        }
        if (person.BirthDate is { } birth) w.WriteString(F.FechaNacimiento, birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (person.Nationalities.Count > 0) w.WriteString(F.Nacionalidad, person.Nationalities[0]);
        if (person.IdentityDocuments.Count > 0) Documento(w, person.IdentityDocuments[0], path + "/identityDocuments/0", scope);
        for (var d = 1; d < person.IdentityDocuments.Count; d++) scope.NotCarried($"{path}/identityDocuments/{d}", "a persona has one documento.");
        if (person.Addresses.Count > 0) Domicilio(w, person.Addresses[0]);
        for (var a = 1; a < person.Addresses.Count; a++) scope.NotCarried($"{path}/addresses/{a}", "a persona has one domicilio.");
        w.WriteEndObject();
        return true;
    }

    /// <summary>
    /// The four name parts: the first given name and the others, the first family name and the others. Without given
    /// or family names, the full name's first word is taken as the nombre and the rest as the apellido.
    /// </summary>
    private static (string, string?, string, string?)? Names(Person person, string path, RenderScope scope)
    {
        string given, family1;
        string? family2 = null;
        if (person.GivenNames is { Length: > 0 } givenNames && person.FamilyNames.Count > 0)
        {
            given = givenNames.Trim();
            family1 = person.FamilyNames[0].Trim();
            if (person.FamilyNames.Count > 1) family2 = string.Join(' ', person.FamilyNames.Skip(1).Select(n => n.Trim()));
            if (person.FamilyNames.Count > 2) scope.Altered(path + "/familyNames", "the export has two apellidos; the second holds the others.");
        }
        else
        {
            var words = person.FullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) return null;
            given = words[0];
            family1 = string.Join(' ', words[1..]);
            scope.Altered(path + "/givenNames", $"the export names a persona by nombre and apellido, so it reads back as {given}.");
            scope.Altered(path + "/familyNames", $"the export names a persona by nombre and apellido, so it reads back as {family1}.");
        }
        var space = given.IndexOf(' ', StringComparison.Ordinal);
        var (primer, segundo) = space < 0 ? (given, (string?)null) : (given[..space], given[(space + 1)..].Trim());
        var full = $"{given} {family1}" + (family2 is null ? "" : " " + family2);
        if (full != person.FullName) scope.Altered(path + "/fullName", $"the export joins the name parts, so it reads back as {full}.");
        return (primer, segundo, family1, family2);
    }

    private void Documento(Utf8JsonWriter w, IdentityDocument document, string path, RenderScope scope)
    {
        var type = CanonicalCodes.ToCode(document.Type);
        var code = DocumentCode(type, document.IssuingCountry);
        if (code is null)
        {
            scope.NotCarried(path, $"document-types.csv has no tipo for {type} issued by {document.IssuingCountry ?? "no country"}.");
            return;
        }
        w.WriteStartObject(F.Documento);
        w.WriteString(F.Tipo, code.Key);
        var nationalType = document.NationalType ?? code.Key;
        if (nationalType != code.Key) w.WriteString(F.Denominacion, nationalType);
        if (document.NationalType is null) scope.Altered(path + "/nationalType", $"it reads back as {code.Key}, the SIPPAU tipo.");
        w.WriteString(F.Numero, document.Number);
        var country = document.IssuingCountry ?? code["issuingCountry"];
        if (document.IssuingCountry is not null) w.WriteString(F.PaisEmisor, document.IssuingCountry);
        else if (country is not null) scope.Altered(path + "/issuingCountry", $"tipo {code.Key} is issued by {country}.");
        w.WriteEndObject();
        var reread = country is null ? CheckDigitStatus.Unverified : IdentityNumbers.Check(country, nationalType, document.Number).Status;
        if (reread != document.CheckDigit) scope.Altered(path + "/checkDigit", $"the number is checked again on reading, which gives {CanonicalCodes.ToCode(reread)}.");
    }

    /// <summary>The tipo of a document type: one listed for its issuing country first, else one listed for any country.</summary>
    private Gateway.Sdk.CodeLists.CodeListEntry? DocumentCode(string type, string? country) =>
        lists.DocumentTypes.Entries.FirstOrDefault(e => e["type"] == type && country is not null && e["issuingCountry"] == country)
        ?? lists.DocumentTypes.Entries.FirstOrDefault(e => e["type"] == type && e["issuingCountry"] is null);

    /// <summary>The canonical address text goes whole into calle: it reads back as the same text.</summary>
    private static void Domicilio(Utf8JsonWriter w, Address address)
    {
        w.WriteStartObject(F.Domicilio);
        w.WriteString(F.Calle, address.Text);
        if (!string.IsNullOrWhiteSpace(address.City)) w.WriteString(F.Localidad, address.City);
        if (address.Country is not null) w.WriteString(F.Pais, address.Country);
        w.WriteEndObject();
    }

    private bool Empresa(Utf8JsonWriter w, Organisation organisation, string path, RenderScope scope)
    {
        w.WriteStartObject();
        w.WriteString(F.Id, organisation.Ref);
        w.WriteString(F.RazonSocial, organisation.Name);
        if (lists.Roles.FindBy("organisation", CanonicalCodes.ToCode(organisation.Role)) is { } role) w.WriteString(F.Calidad, role.Key);
        else if (organisation.Role != OrganisationRole.ThirdParty) scope.Altered(path + "/role", "roles.csv has no calidad for it, so it reads back as third-party.");
        for (var i = 0; i < organisation.RegistrationNumbers.Count; i++)
        {
            var number = organisation.RegistrationNumbers[i];
            var isRut = i == 0 && number.Type == DocumentType.TaxId && number.IssuingCountry == NationalDefaults.Country && RutNumbers.Check(number.Number).Status == CheckDigitStatus.Valid;
            if (!isRut)
            {
                scope.NotCarried($"{path}/registrationNumbers/{i}", "the export holds one registration number, a valid Uruguayan RUT.");
                continue;
            }
            w.WriteString(F.Rut, number.Number);
            if (number.NationalType != "RUT") scope.Altered($"{path}/registrationNumbers/{i}/nationalType", "it reads back as RUT.");
            if (number.CheckDigit != CheckDigitStatus.Valid) scope.Altered($"{path}/registrationNumbers/{i}/checkDigit", "the RUT is checked on reading, which gives valid.");
        }
        if (organisation.Country is not null) w.WriteString(F.Pais, organisation.Country);
        w.WriteEndObject();
        return true;
    }
}
