using CooperJus.Adapters.BR.Mapping;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.BR.Responses;

/// <summary>The authorities of a resposta: the MPF unit that answers, and the one a resultado was forwarded to.</summary>
internal static class RespostaAuthorities
{
    /// <summary>The responding authority: Brazilian (<c>adapter-default</c>), named by <c>unidade</c> and <c>setor</c>, with its <c>membro</c>.</summary>
    public static Authority Responding(PedidoContext context, JsonObjectView resposta)
    {
        context.Scope.Map("/respondingAuthority/country", "adapter-default");
        return Authority(context, resposta, "/respondingAuthority", "BR");
    }

    /// <summary><c>encaminhadoPara</c> {<c>pais</c> (required), <c>unidade</c>, <c>setor</c>, <c>membro</c>}; null when absent.</summary>
    public static Authority? Forwarded(PedidoContext context, JsonObjectView resultado, string path)
    {
        var forwarded = resultado.Object("encaminhadoPara", path);
        if (forwarded is null) return null;
        var countryAt = context.RequiredString(forwarded, "pais", path + "/country");
        var country = countryAt is null ? null : context.Scope.Country(path + "/country", countryAt);
        return country is null ? null : Authority(context, forwarded, path, country);
    }

    private static Authority Authority(PedidoContext context, JsonObjectView view, string path, string country)
    {
        var name = context.Text(view, "unidade", path + "/name");
        var unit = context.Text(view, "setor", path + "/unit");
        Officer? officer = null;
        Contact? contact = null;
        if (view.Object("membro", path + "/officer") is { } membro)
        {
            var officerName = context.Text(membro, "nome", path + "/officer/name");
            var role = context.Text(membro, "cargo", path + "/officer/role");
            if (officerName is null && role is not null)
                context.Scope.Error("required", "membro.nome is required when membro.cargo is given.", membro.At("nome"), path + "/officer/name");
            var email = context.Text(membro, "email", path + "/contact/email");
            var phone = context.Text(membro, "telefone", path + "/contact/phone");
            officer = officerName is null ? null : new Officer { Name = officerName, Role = role };
            contact = email is null && phone is null ? null : new Contact { Email = email, Phone = phone };
        }
        return new Authority { Country = country, Name = name, Unit = unit, Officer = officer, Contact = contact };
    }
}
