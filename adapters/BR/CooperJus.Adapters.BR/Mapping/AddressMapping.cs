using CooperJus.Gateway.Sdk.Reading;
using CooperJus.Adapters.BR.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary>
/// <c>endereco</c> {logradouro, numero, complemento, bairro, cidade, uf, cep, pais}: joined into the address text
/// (conversion <c>join-address</c>), with city and country kept apart as well.
/// </summary>
internal static class AddressMapping
{
    private static readonly string[] TextParts = ["logradouro", "numero", "complemento", "bairro", "cidade", "uf", "cep"];

    /// <summary>A person's address.</summary>
    public static Address? Address(PedidoContext context, JsonObjectView endereco, string path)
    {
        var joined = Join(context, endereco, CanonicalPaths.Join(path, "/text"));
        if (joined is { } found) context.Scope.Map(CanonicalPaths.Join(path, "/text"), AddressText.Conversion, found.Sources);
        var text = joined?.Text;
        var cidade = joined is { } both ? Array.Find(both.Sources, s => s.Field == "cidade") : null;
        var city = cidade is null ? null : context.Scope.Text(CanonicalPaths.Join(path, "/city"), cidade);
        var countryAt = endereco.String("pais", CanonicalPaths.Join(path, "/country"));
        var country = countryAt is null ? null : context.Scope.Country(CanonicalPaths.Join(path, "/country"), countryAt);
        return text is null ? null : new Address { Text = text, City = city, Country = country };
    }

    /// <summary>
    /// The joined text of an address (every part but the country) and the parts it was joined from; a
    /// <c>required</c> error when no part is given. The caller records the lineage.
    /// </summary>
    public static (string Text, SourceLocation[] Sources)? Join(PedidoContext context, JsonObjectView endereco, string textPath)
    {
        var parts = new SourceLocation?[TextParts.Length];
        var count = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = endereco.String(TextParts[i], textPath);
            if (!string.IsNullOrWhiteSpace(parts[i]?.Value)) count++;
        }
        if (count == 0)
        {
            context.Scope.Error("required", "endereco has none of logradouro, numero, complemento, bairro, cidade, uf or cep.", endereco.At("logradouro"), textPath);
            return null;
        }
        return (AddressText.Compose(Value(parts[0]), Value(parts[1]), Value(parts[2]), Value(parts[3]), Value(parts[4]), Value(parts[5]), Value(parts[6])), Present(parts, count));
    }

    /// <summary>The parts that hold text, in order.</summary>
    private static SourceLocation[] Present(SourceLocation?[] parts, int count)
    {
        var present = new SourceLocation[count];
        var next = 0;
        foreach (var part in parts)
        {
            if (!string.IsNullOrWhiteSpace(part?.Value)) present[next++] = part;
        }
        return present;
    }

    private static string? Value(SourceLocation? at) => string.IsNullOrWhiteSpace(at?.Value) ? null : at.Value.Trim();
}
