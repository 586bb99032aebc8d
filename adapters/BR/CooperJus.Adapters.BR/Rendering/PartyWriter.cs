using System.Text.Json;
using CooperJus.Adapters.BR.Conversions;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using static CooperJus.Adapters.BR.Rendering.JsonWriting;

namespace CooperJus.Adapters.BR.Rendering;

/// <summary>Writes <c>envolvidos</c> and <c>empresas</c>. Names stay whole: <c>nomeCompleto</c> is the full name as written.</summary>
internal sealed class PartyWriter
{
    private readonly BrazilCodeLists _lists;
    private readonly RenderNotes _notes;

    public PartyWriter(BrazilCodeLists lists, RenderNotes notes)
    {
        _lists = lists;
        _notes = notes;
    }

    public void Write(Utf8JsonWriter writer, CooperationRequest request)
    {
        writer.WriteStartArray("envolvidos");
        for (var i = 0; i < request.Persons.Count; i++) WritePerson(writer, request.Persons[i], $"/persons/{i}");
        writer.WriteEndArray();
        writer.WriteStartArray("empresas");
        for (var i = 0; i < request.Organisations.Count; i++) WriteOrganisation(writer, request.Organisations[i], $"/organisations/{i}");
        writer.WriteEndArray();
    }

    private void WritePerson(Utf8JsonWriter writer, Person person, string path)
    {
        writer.WriteStartObject();
        writer.WriteString("id", person.Ref);
        writer.WriteString("papel", BrazilCodeLists.NationalCode(_lists.Roles, BrazilCodeLists.PersonColumn, person.Role));
        writer.WriteString("nomeCompleto", person.FullName);
        if (person.Sex is { } sex) writer.WriteString("sexo", BrazilCodeLists.NationalCode(_lists.Sexes, BrazilCodeLists.SexColumn, sex));
        WriteDocuments(writer, person.IdentityDocuments, path + "/identityDocuments");
        Optional(writer, "dataNascimento", person.BirthDate);
        Optional(writer, "naturalidade", person.PlaceOfBirth?.Place);
        Country(writer, "paisNascimento", person.PlaceOfBirth?.Country);
        Country(writer, "nacionalidade", person.Nationalities.FirstOrDefault());
        WriteLanguages(writer, person.Languages, path + "/languages");
        if (person.InterpreterNeeded is { } interpreter) writer.WriteBoolean("necessitaInterprete", interpreter);
        if (person.Minor is { } minor) writer.WriteBoolean("menor", minor);
        if (person.Custody is { } custody) writer.WriteString("situacaoPrisional", BrazilCodeLists.NationalCode(_lists.Custody, BrazilCodeLists.CustodyColumn, custody));
        if (person.Addresses.Count > 0) WriteAddress(writer, person.Addresses[0]);
        writer.WriteEndObject();
        if (person.GivenNames is not null) _notes.NotCarried(path + "/givenNames", "given names apart from the full name");
        if (person.FamilyNames.Count > 0) _notes.NotCarried(path + "/familyNames", "family names apart from the full name");
        if (person.Aliases.Count > 0) _notes.NotCarried(path + "/aliases", "aliases");
        for (var i = 1; i < person.Nationalities.Count; i++) _notes.NotCarried($"{path}/nationalities", $"nationality {person.Nationalities[i]} (the layout has one)");
        for (var i = 1; i < person.Addresses.Count; i++) _notes.NotCarried($"{path}/addresses/{i}", "a second address");
    }

    /// <summary><c>idiomas</c>, each tag by its Portuguese name in <c>languages.csv</c>; a tag the list does not know is reported.</summary>
    private void WriteLanguages(Utf8JsonWriter writer, IReadOnlyList<string> languages, string path)
    {
        if (languages.Count == 0) return;
        writer.WriteStartArray("idiomas");
        foreach (var language in languages)
        {
            if (LanguageWriting.Name(_lists, language) is { } name) writer.WriteStringValue(name);
            else _notes.NotCarried(path, $"the language '{language}' (not in code list 'languages')");
        }
        writer.WriteEndArray();
    }

    private void WriteDocuments(Utf8JsonWriter writer, IReadOnlyList<IdentityDocument> documents, string path)
    {
        var cpf = documents.FirstOrDefault(IsCpf);
        var passport = documents.FirstOrDefault(d => d.Type == DocumentType.Passport);
        Optional(writer, "cpf", cpf?.Number);
        if (passport is not null)
        {
            writer.WriteStartObject("passaporte");
            writer.WriteString("numero", passport.Number);
            Country(writer, "pais", passport.IssuingCountry);
            writer.WriteEndObject();
        }
        for (var i = 0; i < documents.Count; i++)
        {
            if (!ReferenceEquals(documents[i], cpf) && !ReferenceEquals(documents[i], passport))
                _notes.NotCarried($"{path}/{i}", $"the {documents[i].NationalType ?? "identity"} document {documents[i].Number} (the layout has one CPF and one passport)");
        }
    }

    private static void WriteAddress(Utf8JsonWriter writer, Address address)
    {
        var (street, city, state, postalCode) = AddressText.Decompose(address.Text, address.City);
        writer.WriteStartObject("endereco");
        writer.WriteString("logradouro", street);
        Optional(writer, "cidade", city);
        Optional(writer, "uf", state);
        Optional(writer, "cep", postalCode);
        Country(writer, "pais", address.Country);
        writer.WriteEndObject();
    }

    private void WriteOrganisation(Utf8JsonWriter writer, Organisation organisation, string path)
    {
        var cnpj = organisation.RegistrationNumbers.FirstOrDefault(IsCnpj);
        writer.WriteStartObject();
        writer.WriteString("id", organisation.Ref);
        writer.WriteString("razaoSocial", organisation.Name);
        Optional(writer, "cnpj", cnpj?.Number);
        writer.WriteString("papel", BrazilCodeLists.NationalCode(_lists.Roles, BrazilCodeLists.OrganisationColumn, organisation.Role));
        if (organisation.Liability is { } liability)
        {
            if (BrazilCodeLists.NationalCode(_lists.Liability, BrazilCodeLists.LiabilityColumn, liability) is { } code) writer.WriteString("responsabilidade", code);
            else _notes.NotCarried(path + "/liability", $"the liability regime {CanonicalCodes.ToCode(liability)} (responsabilidade has no code for it)");
        }
        writer.WriteEndObject();
        for (var i = 0; i < organisation.RegistrationNumbers.Count; i++)
        {
            var number = organisation.RegistrationNumbers[i];
            if (!ReferenceEquals(number, cnpj))
                _notes.NotCarried($"{path}/registrationNumbers/{i}", $"the {number.NationalType ?? "registration"} number {number.Number} (the layout has one CNPJ)");
        }
        if (organisation.Country != (cnpj is null ? null : "BR"))
            _notes.NotCarried(path + "/country", $"the country of registration {organisation.Country} (reading takes Brazil from a CNPJ)");
        if (organisation.Address is not null) _notes.NotCarried(path + "/address", "a company's address");
    }

    private static bool IsCpf(IdentityDocument document) =>
        string.Equals(document.NationalType, "CPF", StringComparison.OrdinalIgnoreCase)
        || (document.Type == DocumentType.NationalId && document.IssuingCountry == "BR");

    private static bool IsCnpj(IdentityDocument document) =>
        string.Equals(document.NationalType, "CNPJ", StringComparison.OrdinalIgnoreCase)
        || (document.Type == DocumentType.TaxId && document.IssuingCountry == "BR");
}
