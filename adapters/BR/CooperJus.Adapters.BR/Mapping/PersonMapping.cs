using CooperJus.Gateway.Sdk.Reading;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary>
/// <c>envolvidos</c>: natural persons. <c>nomeCompleto</c> is kept whole (Brazilian names cannot be split into given
/// and family names by rule); the CPF is checked; the passport is carried unverified.
/// </summary>
internal static class PersonMapping
{
    public static IReadOnlyList<Person> Persons(PedidoContext context, JsonObjectView pedido)
    {
        var result = new List<Person>();
        foreach (var envolvido in pedido.Objects("envolvidos", "/persons"))
        {
            if (Person(context, envolvido, CanonicalPaths.Item("/persons", result.Count)) is { } person) result.Add(person);
        }
        return result;
    }

    private static Person? Person(PedidoContext context, JsonObjectView envolvido, string path)
    {
        var reference = context.Ref(envolvido, CanonicalPaths.Join(path, "/ref"), AlvoKind.Person);
        var role = Role(context, envolvido, CanonicalPaths.Join(path, "/role"));
        var fullName = context.Text(envolvido, "nomeCompleto", CanonicalPaths.Join(path, "/fullName"), required: true);
        var documents = Documents(context, envolvido, CanonicalPaths.Join(path, "/identityDocuments"));
        var birthAt = envolvido.String("dataNascimento", CanonicalPaths.Join(path, "/birthDate"));
        var birthDate = birthAt is null ? null : context.Scope.IsoDate(CanonicalPaths.Join(path, "/birthDate"), birthAt);
        var nationalityAt = envolvido.String("nacionalidade", CanonicalPaths.Join(path, "/nationalities"));
        var nationality = nationalityAt is null ? null : context.Scope.Country(CanonicalPaths.Join(path, "/nationalities"), nationalityAt);
        var endereco = envolvido.Object("endereco", CanonicalPaths.Join(path, "/addresses/0"));
        var address = endereco is null ? null : AddressMapping.Address(context, endereco, CanonicalPaths.Join(path, "/addresses/0"));
        var sex = context.Coded<Sex>(envolvido, "sexo", CanonicalPaths.Join(path, "/sex"), context.Lists.Sexes, BrazilCodeLists.SexColumn);
        var placeOfBirth = PlaceOfBirth(context, envolvido, CanonicalPaths.Join(path, "/placeOfBirth"));
        var languages = Languages(context, envolvido, CanonicalPaths.Join(path, "/languages"));
        var interpreter = context.Flag(envolvido, "necessitaInterprete", CanonicalPaths.Join(path, "/interpreterNeeded"));
        var minor = context.Flag(envolvido, "menor", CanonicalPaths.Join(path, "/minor"));
        var custody = context.Coded<CustodyStatus>(envolvido, "situacaoPrisional", CanonicalPaths.Join(path, "/custody"), context.Lists.Custody, BrazilCodeLists.CustodyColumn);
        if (reference is null || role is null || fullName is null) return null;
        return new Person
        {
            Ref = reference,
            Role = role.Value,
            FullName = fullName,
            Sex = sex,
            BirthDate = birthDate,
            PlaceOfBirth = placeOfBirth,
            Nationalities = nationality is null ? [] : [nationality],
            Languages = languages,
            InterpreterNeeded = interpreter,
            Minor = minor,
            Custody = custody,
            IdentityDocuments = documents,
            Addresses = address is null ? [] : [address],
        };
    }

    /// <summary><c>naturalidade</c> (the place, as written: <c>Curitiba/PR</c>) and <c>paisNascimento</c>.</summary>
    private static PlaceOfBirth? PlaceOfBirth(PedidoContext context, JsonObjectView envolvido, string path)
    {
        var place = context.Text(envolvido, "naturalidade", CanonicalPaths.Join(path, "/place"));
        var countryAt = envolvido.String("paisNascimento", CanonicalPaths.Join(path, "/country"));
        var country = countryAt is null || string.IsNullOrWhiteSpace(countryAt.Value) ? null : context.Scope.Country(CanonicalPaths.Join(path, "/country"), countryAt);
        return place is null && country is null ? null : new PlaceOfBirth { Place = place, Country = country };
    }

    /// <summary><c>idiomas</c>: names in Portuguese or BCP 47 tags, through <c>languages.csv</c>; an unknown one is <c>code-list.unknown</c>.</summary>
    private static IReadOnlyList<string> Languages(PedidoContext context, JsonObjectView envolvido, string path)
    {
        if (!envolvido.Has("idiomas")) return [];
        var items = envolvido.Strings("idiomas", path);
        if (items.Count == 0) return [];
        var tags = new List<string>(items.Count);
        foreach (var item in items)
        {
            if (string.IsNullOrWhiteSpace(item.Value)) continue;
            var entry = context.Lists.Languages.Find(item.Value);
            if (entry is null) context.Scope.Error("code-list.unknown", $"'{item.Value}' is not in code list '{context.Lists.Languages.Name}'.", item, path);
            else if (entry[BrazilCodeLists.LanguageColumn] is { } tag && !tags.Contains(tag)) tags.Add(tag);
        }
        if (tags.Count > 0) context.Scope.Map(path, context.Lists.Languages.ConversionName, [.. items]);
        return tags;
    }

    private static PersonRole? Role(PedidoContext context, JsonObjectView envolvido, string path)
    {
        var at = context.RequiredString(envolvido, "papel", path);
        if (at is null) return null;
        var entry = context.Scope.Lookup(path, at, context.Lists.Roles);
        var role = BrazilCodeLists.Canonical<PersonRole>(entry, BrazilCodeLists.PersonColumn);
        if (entry is not null && role is null)
            context.Scope.Error("code-list.unknown", $"'{at.Value}' is not a role a person can have.", at, path);
        return role;
    }

    private static List<IdentityDocument> Documents(PedidoContext context, JsonObjectView envolvido, string path)
    {
        var documents = new List<IdentityDocument>();
        var cpf = envolvido.String("cpf", CanonicalPaths.Join(CanonicalPaths.Item(path, 0), "/number"));
        if (cpf is not null && !string.IsNullOrWhiteSpace(cpf.Value))
            documents.Add(IdentityDocuments.Brazilian(context, cpf, CanonicalPaths.Item(path, documents.Count), DocumentType.NationalId, "CPF"));
        var passaporte = envolvido.Object("passaporte", CanonicalPaths.Item(path, documents.Count));
        if (passaporte is not null && IdentityDocuments.Passport(context, passaporte, CanonicalPaths.Item(path, documents.Count)) is { } passport)
            documents.Add(passport);
        return documents;
    }
}
