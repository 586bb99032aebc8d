using System.Text.Json;
using System.Text.RegularExpressions;
using CooperJus.Adapters.EC.Mapping;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Identity;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;
using static CooperJus.Adapters.EC.Rendering.JsonWriting;

namespace CooperJus.Adapters.EC.Rendering;

/// <summary>
/// Writes <c>personas</c>, <c>empresas</c> and <c>bienes</c> as <see cref="PersonMapping"/>,
/// <see cref="OrganisationMapping"/> and <see cref="AssetMapping"/> read them back, and returns the ids written, so
/// that titulares and sujetos only name what the file holds.
/// </summary>
internal sealed partial class PartyWriter(NationalCodeLists lists, RenderScope scope)
{
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    public IReadOnlySet<string> Write(Utf8JsonWriter writer, CooperationRequest request)
    {
        if (request.Persons.Count > 0)
        {
            writer.WriteStartArray("personas");
            for (var i = 0; i < request.Persons.Count; i++) WritePerson(writer, request.Persons[i], Paths.Item("/persons", i));
            writer.WriteEndArray();
        }
        if (request.Organisations.Count > 0)
        {
            writer.WriteStartArray("empresas");
            for (var i = 0; i < request.Organisations.Count; i++) WriteOrganisation(writer, request.Organisations[i], Paths.Item("/organisations", i));
            writer.WriteEndArray();
        }
        if (request.Assets.Count > 0)
        {
            writer.WriteStartArray("bienes");
            for (var i = 0; i < request.Assets.Count; i++) WriteAsset(writer, request.Assets[i], Paths.Item("/assets", i));
            writer.WriteEndArray();
        }
        return _written;
    }

    /// <summary>True when <paramref name="reference"/> can be an id of the export and is not taken; otherwise the item is reported and left out.</summary>
    private bool Claim(string reference, string path)
    {
        if (RefPattern().IsMatch(reference) && _written.Add(reference)) return true;
        scope.NotCarried(path, $"its ref '{reference}' cannot be an id of the export (letters, digits, '_', '.', '-'; unique).");
        return false;
    }

    private void WritePerson(Utf8JsonWriter writer, Person person, string path)
    {
        if (!Claim(person.Ref, path)) return;
        writer.WriteStartObject();
        writer.WriteString("id", person.Ref);
        writer.WriteString("calidad", NationalCodeLists.NationalCode(lists.Roles, "person", person.Role));
        writer.WriteString("nombreCompleto", person.FullName);
        Optional(writer, "nombres", person.GivenNames);
        if (person.FamilyNames.Count > 0) writer.WriteString("primerApellido", person.FamilyNames[0]);
        if (person.FamilyNames.Count > 1) writer.WriteString("segundoApellido", person.FamilyNames[1]);
        if (person.FamilyNames.Count > 2) scope.NotCarried(path + "/familyNames/2", "the export has two surnames, primerApellido and segundoApellido.");
        Optional(writer, "fechaNacimiento", person.BirthDate);
        Optional(writer, "lugarNacimiento", person.PlaceOfBirth?.Place);
        Country(writer, "paisNacimiento", person.PlaceOfBirth?.Country);
        if (person.Aliases.Count > 0) Strings(writer, "alias", person.Aliases);
        if (person.Sex is { } sex) writer.WriteString("sexo", NationalCodeLists.NationalCode(lists.Sexes, "sex", sex));
        if (person.Nationalities.Count > 0)
        {
            writer.WriteStartArray("nacionalidades");
            foreach (var nationality in person.Nationalities) writer.WriteStringValue(CountryName(nationality));
            writer.WriteEndArray();
        }
        WriteDocuments(writer, person.IdentityDocuments, path + "/identityDocuments");
        if (person.Addresses.Count > 0) WriteAddress(writer, person.Addresses[0]);
        writer.WriteEndObject();
    }

    private void WriteOrganisation(Utf8JsonWriter writer, Organisation organisation, string path)
    {
        if (!Claim(organisation.Ref, path)) return;
        writer.WriteStartObject();
        writer.WriteString("id", organisation.Ref);
        writer.WriteString("calidad", NationalCodeLists.NationalCode(lists.Roles, "organisation", organisation.Role));
        writer.WriteString("razonSocial", organisation.Name);
        WriteDocuments(writer, organisation.RegistrationNumbers, path + "/registrationNumbers");
        Country(writer, "pais", organisation.Country);
        if (organisation.Address is { } address) WriteAddress(writer, address);
        writer.WriteEndObject();
    }

    /// <summary>The canonical text goes whole into <c>callePrincipal</c>: it reads back as the same text.</summary>
    private static void WriteAddress(Utf8JsonWriter writer, Address address)
    {
        writer.WriteStartObject("direccion");
        writer.WriteString("callePrincipal", address.Text);
        Optional(writer, "canton", address.City);
        Country(writer, "pais", address.Country);
        writer.WriteEndObject();
    }

    private void WriteDocuments(Utf8JsonWriter writer, IReadOnlyList<IdentityDocument> documents, string arrayPath)
    {
        if (documents.Count == 0) return;
        writer.WriteStartArray("documentos");
        for (var i = 0; i < documents.Count; i++) WriteDocument(writer, documents[i], Paths.Item(arrayPath, i));
        writer.WriteEndArray();
    }

    /// <summary>
    /// A document as <see cref="DocumentMapping"/> reads it back: <c>denominacion</c> and <c>paisEmision</c> only where
    /// the tipo does not imply them. One whose number reading would refuse (its check digits, by the rule reading
    /// applies) is left out, reported.
    /// </summary>
    private void WriteDocument(Utf8JsonWriter writer, IdentityDocument document, string path)
    {
        var entry = lists.DocumentTypes.FindBy("document", CanonicalCodes.ToCode(document.Type))!;
        var impliedName = entry["name"];
        var nationalType = document.NationalType ?? impliedName;
        var country = document.IssuingCountry ?? (impliedName is null ? null : NationalDefaults.Country);
        var check = Check(country, nationalType, document.Number);
        if (check == CheckDigitStatus.Invalid)
        {
            scope.NotCarried(path, "its number fails the check the export applies on reading.");
            return;
        }
        writer.WriteStartObject();
        writer.WriteString("tipo", entry.Key);
        if (document.NationalType is not null && (document.NationalType != impliedName || country != NationalDefaults.Country)) writer.WriteString("denominacion", document.NationalType);
        if (document.IssuingCountry is not null && (impliedName is null || document.IssuingCountry != NationalDefaults.Country)) Country(writer, "paisEmision", document.IssuingCountry);
        writer.WriteString("numero", document.Number);
        writer.WriteEndObject();
        if (nationalType != document.NationalType) scope.Altered(path + "/nationalType", $"a {entry.Key} reads back as {nationalType}.");
        if (country != document.IssuingCountry) scope.Altered(path + "/issuingCountry", $"a {entry.Key} reads back as issued by {country}.");
        if (check != document.CheckDigit) scope.Altered(path + "/checkDigit", $"reading checks the number again and finds it {CanonicalCodes.ToCode(check)}.");
    }

    /// <summary>The status reading will give the number (<see cref="DocumentMapping"/>).</summary>
    private static CheckDigitStatus Check(string? country, string? nationalType, string number) =>
        country == NationalDefaults.Country && string.Equals(nationalType, "RUC", StringComparison.OrdinalIgnoreCase)
            ? RucNumbers.Check(number).Status
            : IdentityNumbers.Check(country ?? "", nationalType ?? "", number).Status;

    private void WriteAsset(Utf8JsonWriter writer, Asset asset, string path)
    {
        if (!Claim(asset.Ref, path)) return;
        writer.WriteStartObject();
        writer.WriteString("id", asset.Ref);
        writer.WriteString("tipo", NationalCodeLists.NationalCode(lists.AssetTypes, "asset", asset.Type));
        Optional(writer, "descripcion", asset.Description);
        if (asset.Value is { } value) writer.WriteString("valor", DollarAmounts.Format(value));
        var holders = asset.HolderRefs.Where(h => _written.Contains(h)).ToList();
        if (holders.Count != asset.HolderRefs.Count) scope.NotCarried(path + "/holderRefs", "it names a party the export does not hold.");
        else if (holders.Count > 0) Strings(writer, "titulares", holders);
        Optional(writer, "ubicacion", asset.CurrentLocation);
        if (asset.BankAccount is { } account)
        {
            writer.WriteStartObject("cuenta");
            Optional(writer, "banco", account.Bank);
            writer.WriteString("numero", account.AccountNumber);
            Country(writer, "pais", account.Country);
            writer.WriteEndObject();
        }
        if (asset.CulturalObject is { } cultural) WriteCulturalObject(writer, cultural);
        writer.WriteEndObject();
    }

    private static void WriteCulturalObject(Utf8JsonWriter writer, CulturalObject cultural)
    {
        writer.WriteStartObject("bienCultural");
        writer.WriteString("tipoObjeto", cultural.ObjectType);
        Optional(writer, "titulo", cultural.Title);
        Optional(writer, "autor", cultural.Maker);
        Optional(writer, "epoca", cultural.DateOrPeriod);
        if (cultural.Materials.Count > 0) Strings(writer, "materiales", cultural.Materials);
        Optional(writer, "dimensiones", cultural.Measurements);
        Optional(writer, "inscripciones", cultural.Inscriptions);
        Optional(writer, "senasParticulares", cultural.DistinguishingFeatures);
        Optional(writer, "numeroInventario", cultural.InventoryNumber);
        Optional(writer, "procedencia", cultural.PlaceOfOrigin);
        Optional(writer, "descripcion", cultural.Description);
        Optional(writer, "declaratoria", cultural.ProtectedStatus);
        writer.WriteEndObject();
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex RefPattern();
}
