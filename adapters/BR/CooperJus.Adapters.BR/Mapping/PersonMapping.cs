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
        var reference = context.Ref(envolvido, CanonicalPaths.Join(path, "/ref"));
        var role = Role(context, envolvido, CanonicalPaths.Join(path, "/role"));
        var fullName = context.Text(envolvido, "nomeCompleto", CanonicalPaths.Join(path, "/fullName"), required: true);
        var documents = Documents(context, envolvido, CanonicalPaths.Join(path, "/identityDocuments"));
        var birthAt = envolvido.String("dataNascimento", CanonicalPaths.Join(path, "/birthDate"));
        var birthDate = birthAt is null ? null : context.Scope.IsoDate(CanonicalPaths.Join(path, "/birthDate"), birthAt);
        var nationalityAt = envolvido.String("nacionalidade", CanonicalPaths.Join(path, "/nationalities"));
        var nationality = nationalityAt is null ? null : context.Scope.Country(CanonicalPaths.Join(path, "/nationalities"), nationalityAt);
        var endereco = envolvido.Object("endereco", CanonicalPaths.Join(path, "/addresses/0"));
        var address = endereco is null ? null : AddressMapping.Address(context, endereco, CanonicalPaths.Join(path, "/addresses/0"));
        if (reference is null || role is null || fullName is null) return null;
        return new Person
        {
            Ref = reference,
            Role = role.Value,
            FullName = fullName,
            BirthDate = birthDate,
            Nationalities = nationality is null ? [] : [nationality],
            IdentityDocuments = documents,
            Addresses = address is null ? [] : [address],
        };
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
