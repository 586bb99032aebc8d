using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary>
/// <c>empresas</c>: companies. A CNPJ is issued only to entities registered in Brazil, so a company with one is
/// Brazilian (conversion <c>implied-by-cnpj</c>); without one the country is left unknown.
/// </summary>
internal static class OrganisationMapping
{
    public static IReadOnlyList<Organisation> Organisations(PedidoContext context, JsonObjectView pedido)
    {
        var result = new List<Organisation>();
        foreach (var empresa in pedido.Objects("empresas", "/organisations"))
        {
            if (Organisation(context, empresa, CanonicalPaths.Item("/organisations", result.Count)) is { } organisation) result.Add(organisation);
        }
        return result;
    }

    private static Organisation? Organisation(PedidoContext context, JsonObjectView empresa, string path)
    {
        var reference = context.Ref(empresa, CanonicalPaths.Join(path, "/ref"));
        var name = context.Text(empresa, "razaoSocial", CanonicalPaths.Join(path, "/name"), required: true);
        var role = Role(context, empresa, CanonicalPaths.Join(path, "/role"));
        var cnpj = empresa.String("cnpj", CanonicalPaths.Join(path, "/registrationNumbers/0/number"));
        var hasCnpj = cnpj is not null && !string.IsNullOrWhiteSpace(cnpj.Value);
        var registration = hasCnpj ? IdentityDocuments.Brazilian(context, cnpj!, CanonicalPaths.Join(path, "/registrationNumbers/0"), DocumentType.TaxId, "CNPJ") : null;
        if (hasCnpj) context.Scope.Map(CanonicalPaths.Join(path, "/country"), "implied-by-cnpj", cnpj!);
        if (reference is null || name is null) return null;
        return new Organisation
        {
            Ref = reference,
            Name = name,
            Role = role,
            RegistrationNumbers = registration is null ? [] : [registration],
            Country = hasCnpj ? "BR" : null,
        };
    }

    private static OrganisationRole Role(PedidoContext context, JsonObjectView empresa, string path)
    {
        var at = empresa.String("papel", path);
        if (at is null)
        {
            context.Scope.Map(path, "adapter-default");
            return OrganisationRole.ThirdParty;
        }
        var entry = context.Scope.Lookup(path, at, context.Lists.Roles);
        var role = BrazilCodeLists.Canonical<OrganisationRole>(entry, BrazilCodeLists.OrganisationColumn);
        if (entry is not null && role is null)
            context.Scope.Error("code-list.unknown", $"'{at.Value}' is not a role a company can have.", at, path);
        return role ?? OrganisationRole.ThirdParty;
    }
}
