using CooperJus.Gateway.Sdk.Reading;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary>Who asks (the MPF unit and member) and who is asked (paisRequerido, autoridadeRequerida).</summary>
internal static class AuthorityMapping
{
    /// <summary>The issuing authority: always Brazilian, named by <c>unidade</c>, with the pedido's references.</summary>
    public static IssuingAuthority? Issuing(PedidoContext context, JsonObjectView pedido, string? requestReference)
    {
        context.Scope.Map("/issuingAuthority/country", "adapter-default");
        var name = context.Text(pedido, "unidade", "/issuingAuthority/name", required: true);
        var caseReference = context.Text(pedido, "numeroProcedimento", "/issuingAuthority/caseReference", required: true);
        context.Scope.Map("/issuingAuthority/nationalSystem", "copy", context.Header.NationalSystemSource);
        var (officer, contact) = Member(context, pedido.Object("membro", "/issuingAuthority/officer"));
        if (caseReference is null) return null;
        return new IssuingAuthority
        {
            Country = "BR",
            Name = name,
            Officer = officer,
            Contact = contact,
            CaseReference = caseReference,
            RequestReference = requestReference,
            NationalSystem = context.Header.NationalSystem,
        };
    }

    /// <summary>The requested authority: the country is required, the authority's name optional.</summary>
    public static RequestedAuthority? Requested(PedidoContext context, JsonObjectView pedido)
    {
        const string countryPath = "/requestedAuthority/country";
        var at = context.RequiredString(pedido, "paisRequerido", countryPath);
        var country = at is null ? null : context.Scope.Country(countryPath, at);
        var name = context.Text(pedido, "autoridadeRequerida", "/requestedAuthority/name");
        return country is null ? null : new RequestedAuthority { Country = country, Name = name };
    }

    private static (Officer?, Contact?) Member(PedidoContext context, JsonObjectView? membro)
    {
        if (membro is null) return (null, null);
        var name = context.Text(membro, "nome", "/issuingAuthority/officer/name");
        var role = context.Text(membro, "cargo", "/issuingAuthority/officer/role");
        if (name is null && role is not null)
            context.Scope.Error("required", "membro.nome is required when membro.cargo is given.", membro.At("nome"), "/issuingAuthority/officer/name");
        var email = context.Text(membro, "email", "/issuingAuthority/contact/email");
        var phone = context.Text(membro, "telefone", "/issuingAuthority/contact/phone");
        var officer = name is null ? null : new Officer { Name = name, Role = role };
        var contact = email is null && phone is null ? null : new Contact { Email = email, Phone = phone };
        return (officer, contact);
    }
}
