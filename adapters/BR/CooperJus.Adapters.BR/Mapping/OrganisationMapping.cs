using CooperJus.Gateway.Sdk.Reading;
using CooperJus.Adapters.BR.Conversions;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary>
/// <c>empresas</c>: companies. A CNPJ is issued only to entities registered in Brazil, so a company with one is
/// Brazilian (conversion <c>implied-by-cnpj</c>); without one the country is left unknown.
/// </summary>
internal static class OrganisationMapping
{
    public static IReadOnlyList<Organisation> Organisations(PedidoContext context, JsonObjectView pedido, IReadOnlyList<Offence> offences)
    {
        var result = new List<Organisation>();
        foreach (var empresa in pedido.Objects("empresas", "/organisations"))
        {
            if (Organisation(context, empresa, CanonicalPaths.Item("/organisations", result.Count), offences) is { } organisation) result.Add(organisation);
        }
        return result;
    }

    private static Organisation? Organisation(PedidoContext context, JsonObjectView empresa, string path, IReadOnlyList<Offence> offences)
    {
        var reference = context.Ref(empresa, CanonicalPaths.Join(path, "/ref"), AlvoKind.Organisation);
        var name = context.Text(empresa, "razaoSocial", CanonicalPaths.Join(path, "/name"), required: true);
        var role = Role(context, empresa, CanonicalPaths.Join(path, "/role"));
        var cnpj = empresa.String("cnpj", CanonicalPaths.Join(path, "/registrationNumbers/0/number"));
        var hasCnpj = cnpj is not null && !string.IsNullOrWhiteSpace(cnpj.Value);
        var registration = hasCnpj ? IdentityDocuments.Brazilian(context, cnpj!, CanonicalPaths.Join(path, "/registrationNumbers/0"), DocumentType.TaxId, "CNPJ") : null;
        if (hasCnpj) context.Scope.Map(CanonicalPaths.Join(path, "/country"), "implied-by-cnpj", cnpj!);
        var liability = Liability(context, empresa, CanonicalPaths.Join(path, "/liability"), offences);
        if (reference is null || name is null) return null;
        return new Organisation
        {
            Ref = reference,
            Name = name,
            Role = role,
            Liability = liability,
            RegistrationNumbers = registration is null ? [] : [registration],
            Country = hasCnpj ? "BR" : null,
        };
    }

    /// <summary>
    /// <c>responsabilidade</c> through <c>liability.csv</c>, only as the pedido says it. Brazilian law makes a company
    /// criminally liable only for environmental crimes (Lei 9.605/1998 art. 3º): PENAL in a pedido that cites none of
    /// them is <c>br.corporate-criminal-liability</c>, since the requested State would be told of a liability that cannot exist.
    /// </summary>
    private static LiabilityRegime? Liability(PedidoContext context, JsonObjectView empresa, string path, IReadOnlyList<Offence> offences)
    {
        var liability = context.Coded<LiabilityRegime>(empresa, "responsabilidade", path, context.Lists.Liability, BrazilCodeLists.LiabilityColumn);
        if (liability == LiabilityRegime.Criminal && !context.Lists.CitesEnvironmentalCrime(offences.Select(o => o.NationalCode)))
            context.Scope.Error("br.corporate-criminal-liability",
                "responsabilidade PENAL: a company answers criminally in Brazil only for environmental crimes (Lei 9.605/1998), and the pedido cites none.",
                empresa.At("responsabilidade"), path);
        return liability;
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
