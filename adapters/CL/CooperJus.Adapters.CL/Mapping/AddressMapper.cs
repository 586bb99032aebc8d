using CooperJus.Adapters.CL.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.CL.Mapping;

/// <summary>
/// <c>Domicilio</c> (<c>Calle</c>, <c>Numero</c>, <c>Comuna</c>, <c>Region</c>, <c>@pais</c>) → an address: the text
/// as a Chilean envelope writes it (<c>Av. Providencia 1234, Providencia, Región Metropolitana</c>), the comuna as the
/// city, and the country when <c>@pais</c> gives one.
/// </summary>
internal sealed class AddressMapper(RecordScope scope)
{
    /// <summary>Separates the parts of the address text: street and number, comuna, región.</summary>
    public const string PartSeparator = ", ";

    public Address? Map(XmlSourceElement domicilio, string path)
    {
        var street = domicilio.ChildText("Calle");
        var number = domicilio.ChildText("Numero");
        var comuna = domicilio.ChildText("Comuna");
        var region = domicilio.ChildText("Region");
        var streetLine = string.Join(' ', new[] { street.Trimmed(), number.Trimmed() }.OfType<string>());
        var parts = new[] { streetLine.Length == 0 ? null : streetLine, comuna.Trimmed(), region.Trimmed() }.OfType<string>().ToList();
        var country = scope.Country(path + "/country", domicilio.Attribute("pais"));
        if (parts.Count == 0)
        {
            scope.Error("required", "A Domicilio needs at least one of Calle, Comuna or Region.", domicilio.Location, path + "/text");
            return null;
        }
        scope.Map(path + "/text", Conversions.JoinAddress, new[] { street, number, comuna, region }.Where(at => at.Trimmed() is not null).ToArray());
        var city = scope.Text(path + "/city", comuna);
        return new Address { Text = string.Join(PartSeparator, parts), City = city, Country = country };
    }
}
