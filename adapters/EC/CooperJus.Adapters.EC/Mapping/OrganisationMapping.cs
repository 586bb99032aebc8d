using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.EC.Mapping;

/// <summary><c>empresas</c>: companies and other legal entities, identified by their RUC (or, abroad, their registration number).</summary>
internal static class OrganisationMapping
{
    public static List<Organisation> Organisations(RecordContext context, JsonObjectView solicitud)
    {
        var organisations = new List<Organisation>();
        foreach (var empresa in solicitud.Objects("empresas", "/organisations"))
        {
            if (Organisation(context, empresa, Paths.Item("/organisations", organisations.Count)) is { } organisation) organisations.Add(organisation);
        }
        return organisations;
    }

    private static Organisation? Organisation(RecordContext context, JsonObjectView empresa, string path)
    {
        var reference = context.Ref(empresa, path + "/ref", RefKind.Organisation);
        var role = context.Coded<OrganisationRole>(empresa, "calidad", path + "/role", context.Lists.Roles, "organisation", required: true);
        var name = context.Text(empresa, "razonSocial", path + "/name", required: true);
        var numbers = DocumentMapping.Documents(context, empresa, path + "/registrationNumbers");
        var country = context.Country(empresa, "pais", path + "/country");
        var direccion = empresa.Object("direccion", path + "/address");
        var address = direccion is null ? null : AddressMapping.Address(context, direccion, path + "/address");
        if (reference is null || role is null || name is null) return null;
        return new Organisation
        {
            Ref = reference,
            Name = name,
            Role = role.Value,
            RegistrationNumbers = numbers,
            Country = country,
            Address = address,
        };
    }
}
