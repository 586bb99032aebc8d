using System.Text.Json;
using CooperJus.Adapters.BR.Conversions;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;
using static CooperJus.Adapters.BR.Rendering.JsonWriting;

namespace CooperJus.Adapters.BR.Rendering;

/// <summary>Writes <c>envolvidos</c> and <c>empresas</c>. Names stay whole: <c>nomeCompleto</c> is the full name as written.</summary>
internal sealed class PartyWriter
{
    private readonly BrazilCodeLists _lists;
    private readonly RenderScope _scope;

    public PartyWriter(BrazilCodeLists lists, RenderScope scope)
    {
        _lists = lists;
        _scope = scope;
    }

    public void Write(Utf8JsonWriter writer, CooperationRequest request)
    {
        writer.WriteStartArray("envolvidos");
        for (var i = 0; i < request.Persons.Count; i++) WritePerson(writer, request.Persons[i], $"/persons/{i}");
        writer.WriteEndArray();
        writer.WriteStartArray("empresas");
        var environmental = _lists.CitesEnvironmentalCrime(request.Offences.Select(o => o.NationalCode));
        for (var i = 0; i < request.Organisations.Count; i++) WriteOrganisation(writer, request.Organisations[i], $"/organisations/{i}", environmental);
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
        if (person.Addresses.Count > 0) WriteAddress(writer, person.Addresses[0], path + "/addresses/0");
        writer.WriteEndObject();
    }

    /// <summary><c>idiomas</c>, each tag by its Portuguese name in <c>languages.csv</c>; a tag the list does not know is reported.</summary>
    private void WriteLanguages(Utf8JsonWriter writer, IReadOnlyList<string> languages, string path)
    {
        if (languages.Count == 0) return;
        writer.WriteStartArray("idiomas");
        for (var i = 0; i < languages.Count; i++)
        {
            if (LanguageWriting.Name(_lists, languages[i]) is { } name) writer.WriteStringValue(name);
            else _scope.NotCarried($"{path}/{i}", "code list 'languages' has no name for it.");
        }
        writer.WriteEndArray();
    }

    private void WriteDocuments(Utf8JsonWriter writer, IReadOnlyList<IdentityDocument> documents, string path)
    {
        var cpf = documents.FirstOrDefault(IsCpf);
        var passport = documents.FirstOrDefault(d => d.Type == DocumentType.Passport);
        Optional(writer, "cpf", cpf?.Number);
        if (cpf is not null && cpf.NationalType != "CPF")
            _scope.Altered($"{path}/{IndexOf(documents, cpf)}/nationalType", "it is written as cpf, and reads back as CPF.");
        if (passport is not null)
        {
            if (passport.NationalType != Mapping.IdentityDocuments.PassportType)
                _scope.Altered($"{path}/{IndexOf(documents, passport)}/nationalType", $"it is written as passaporte, and reads back as {Mapping.IdentityDocuments.PassportType}.");
            writer.WriteStartObject("passaporte");
            writer.WriteString("numero", passport.Number);
            Country(writer, "pais", passport.IssuingCountry);
            writer.WriteEndObject();
        }
        for (var i = 0; i < documents.Count; i++)
        {
            if (!ReferenceEquals(documents[i], cpf) && !ReferenceEquals(documents[i], passport))
                _scope.NotCarried($"{path}/{i}", "the layout has one CPF and one passport per person.");
        }
    }

    private static int IndexOf(IReadOnlyList<IdentityDocument> documents, IdentityDocument document)
    {
        for (var i = 0; i < documents.Count; i++)
        {
            if (ReferenceEquals(documents[i], document)) return i;
        }
        return -1;
    }

    private void WriteAddress(Utf8JsonWriter writer, Address address, string path)
    {
        var (street, city, state, postalCode) = AddressText.Decompose(address.Text, address.City);
        // Reading composes the line from its parts, the city included: a line that does not end with its city (as
        // other countries write it) reads back with the city appended.
        if (city is not null && street == address.Text)
            _scope.Altered(path + "/text", "the layout writes an address as logradouro and cidade, and reading joins them: the line reads back with the city appended.");
        writer.WriteStartObject("endereco");
        writer.WriteString("logradouro", street);
        Optional(writer, "cidade", city);
        Optional(writer, "uf", state);
        Optional(writer, "cep", postalCode);
        Country(writer, "pais", address.Country);
        writer.WriteEndObject();
    }

    private void WriteOrganisation(Utf8JsonWriter writer, Organisation organisation, string path, bool citesEnvironmentalCrime)
    {
        var cnpj = organisation.RegistrationNumbers.FirstOrDefault(IsCnpj);
        writer.WriteStartObject();
        writer.WriteString("id", organisation.Ref);
        writer.WriteString("razaoSocial", organisation.Name);
        Optional(writer, "cnpj", cnpj?.Number);
        writer.WriteString("papel", BrazilCodeLists.NationalCode(_lists.Roles, BrazilCodeLists.OrganisationColumn, organisation.Role));
        // The Sistema Único refuses PENAL without an environmental crime (br.corporate-criminal-liability): rendering must
        // not write a pedido its own reader refuses, so such a liability is left out and reported.
        if (organisation.Liability == LiabilityRegime.Criminal && !citesEnvironmentalCrime)
        {
            _scope.NotCarried(path + "/liability", "a company answers criminally in Brazil only for environmental crimes (Lei 9.605/1998), and the request cites none; responsabilidade is left out, as the Sistema Único would refuse the pedido.");
        }
        else if (organisation.Liability is { } liability)
        {
            if (BrazilCodeLists.NationalCode(_lists.Liability, BrazilCodeLists.LiabilityColumn, liability) is { } code) writer.WriteString("responsabilidade", code);
            else _scope.NotCarried(path + "/liability", "responsabilidade has no code for it.");
        }
        writer.WriteEndObject();
        for (var i = 0; i < organisation.RegistrationNumbers.Count; i++)
        {
            var number = organisation.RegistrationNumbers[i];
            if (!ReferenceEquals(number, cnpj))
                _scope.NotCarried($"{path}/registrationNumbers/{i}", "the layout has one CNPJ per company.");
        }
        if (organisation.Country != (cnpj is null ? null : "BR"))
            _scope.NotCarried(path + "/country", $"the layout has no country of registration: reading takes {(cnpj is null ? "none" : "BR")} from {(cnpj is null ? "a company without CNPJ" : "the CNPJ")}.");
    }

    private static bool IsCpf(IdentityDocument document) =>
        string.Equals(document.NationalType, "CPF", StringComparison.OrdinalIgnoreCase)
        || (document.Type == DocumentType.NationalId && document.IssuingCountry == "BR");

    private static bool IsCnpj(IdentityDocument document) =>
        string.Equals(document.NationalType, "CNPJ", StringComparison.OrdinalIgnoreCase)
        || (document.Type == DocumentType.TaxId && document.IssuingCountry == "BR");
}
