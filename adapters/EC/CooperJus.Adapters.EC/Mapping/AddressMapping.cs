using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.EC.Mapping;

/// <summary>
/// A <c>direccion</c> as Ecuador writes one: <c>callePrincipal</c>, <c>numero</c> and <c>calleSecundaria</c> (the
/// corner: <c>Av. Amazonas N24-155 y Av. Colón</c>), <c>parroquia</c>, <c>canton</c>, <c>provincia</c>, <c>pais</c>.
/// The canonical text joins street, number, corner, parroquia and provincia; the cantón is the city.
/// </summary>
internal static class AddressMapping
{
    public static Address? Address(RecordContext context, JsonObjectView direccion, string path)
    {
        var streetAt = direccion.RequiredString("callePrincipal", path + "/text");
        var numberAt = direccion.String("numero", path + "/text");
        var cornerAt = direccion.String("calleSecundaria", path + "/text");
        var parishAt = direccion.String("parroquia", path + "/text");
        var provinceAt = direccion.String("provincia", path + "/text");
        var city = context.Text(direccion, "canton", path + "/city");
        var country = context.Country(direccion, "pais", path + "/country");
        if (streetAt is null) return null;
        var sources = new List<SourceLocation> { streetAt };
        var street = streetAt.Value!.Trim();
        if (Present(numberAt)) { street += " " + numberAt!.Value!.Trim(); sources.Add(numberAt); }
        if (Present(cornerAt)) { street += " y " + cornerAt!.Value!.Trim(); sources.Add(cornerAt); }
        var text = street;
        if (Present(parishAt)) { text += ", " + parishAt!.Value!.Trim(); sources.Add(parishAt); }
        if (Present(provinceAt)) { text += ", " + provinceAt!.Value!.Trim(); sources.Add(provinceAt); }
        context.Scope.Map(path + "/text", sources.Count == 1 ? "copy" : Conversions.JoinAddress, [.. sources]);
        return new Address { Text = text, City = city, Country = country };
    }

    private static bool Present(SourceLocation? at) => !string.IsNullOrWhiteSpace(at?.Value);
}
