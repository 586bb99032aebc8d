using CooperJus.Adapters.BR.Conversions;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary>
/// <c>bens</c>: every bem has id, tipo, descricao, valor and titulares; the other properties depend on the tipo
/// (properties of another tipo are reported as unknown).
/// </summary>
internal static class AssetMapping
{
    /// <summary>Conversion name for a vehicle's plate, RENAVAM and chassis joined into one registry number.</summary>
    public const string VehicleConversion = "join-vehicle-ids";

    /// <summary>Conversion name for a property's address and registry office joined into one location.</summary>
    public const string LocationConversion = "join-property-location";

    public static IReadOnlyList<Asset> Assets(PedidoContext context, JsonObjectView pedido)
    {
        var result = new List<Asset>();
        foreach (var bem in pedido.Objects("bens", "/assets"))
        {
            if (Asset(context, bem, $"/assets/{result.Count}") is { } asset) result.Add(asset);
        }
        return result;
    }

    private static Asset? Asset(PedidoContext context, JsonObjectView bem, string path)
    {
        var reference = context.Ref(bem.String("id", path + "/ref"), path + "/ref", bem.At("id"));
        var typeAt = context.RequiredString(bem, "tipo", path + "/type");
        var type = typeAt is null ? null : BrazilCodeLists.Canonical<AssetType>(context.Scope.Lookup(path + "/type", typeAt, context.Lists.AssetTypes), BrazilCodeLists.AssetColumn);
        var descriptionAt = bem.String("descricao", path + "/description");
        var description = descriptionAt is null ? null : context.Scope.Text(path + "/description", descriptionAt);
        var value = Value(context, bem, path + "/value");
        var holders = bem.Strings("titulares", path + "/holderRefs").Where(h => !string.IsNullOrWhiteSpace(h.Value)).ToArray();
        if (holders.Length > 0) context.Scope.Map(path + "/holderRefs", "copy", holders);
        if (reference is null || type is null) return null;
        var asset = new Asset { Ref = reference, Type = type.Value, Description = description, Value = value, HolderRefs = [.. holders.Select(h => h.Value!.Trim())] };
        return type switch
        {
            AssetType.BankAccount => asset with { BankAccount = BankAccount(context, bem, path + "/bankAccount") },
            AssetType.RealEstate => asset with { RegisteredProperty = RealEstate(context, bem, path + "/registeredProperty") },
            AssetType.Vehicle => asset with { RegisteredProperty = Vehicle(context, bem, path + "/registeredProperty") },
            AssetType.CulturalObject => asset with { CulturalObject = CulturalObjectMapping.CulturalObject(context, bem, descriptionAt, path) },
            _ => asset,
        };
    }

    private static MonetaryAmount? Value(PedidoContext context, JsonObjectView bem, string path)
    {
        var at = bem.String("valor", path);
        if (at is null || string.IsNullOrWhiteSpace(at.Value)) return null;
        if (!Amounts.TryParse(at.Value, null, out var amount, out var error))
        {
            context.Scope.Error("amount.invalid", error, at, path);
            return null;
        }
        context.Scope.Map(path + "/amount", Amounts.Conversion, at);
        context.Scope.Map(path + "/currency", Amounts.Conversion, at);
        return amount;
    }

    private static BankAccount? BankAccount(PedidoContext context, JsonObjectView bem, string path)
    {
        var bank = context.Text(bem, "banco", path + "/bank");
        var branch = context.Text(bem, "agencia", path + "/branch");
        var account = context.Text(bem, "conta", path + "/accountNumber", required: true);
        var countryAt = bem.String("pais", path + "/country");
        var country = countryAt is null ? null : context.Scope.Country(path + "/country", countryAt);
        return account is null ? null : new BankAccount { Bank = bank, Branch = branch, AccountNumber = account, Country = country };
    }

    private static RegisteredProperty RealEstate(PedidoContext context, JsonObjectView bem, string path)
    {
        var registry = context.Text(bem, "matricula", path + "/registryNumber");
        var endereco = bem.Object("endereco", path + "/location");
        var address = endereco is null ? null : AddressMapping.Join(context, endereco, path + "/location");
        var cartorio = bem.String("cartorio", path + "/location");
        var office = string.IsNullOrWhiteSpace(cartorio?.Value) ? null : cartorio;
        SourceLocation[] sources = [.. address?.Sources ?? [], .. office is null ? [] : new[] { office }];
        if (sources.Length > 0) context.Scope.Map(path + "/location", LocationConversion, sources);
        var location = string.Join("; ", new[] { address?.Text, office?.Value!.Trim() }.Where(p => p is not null));
        return new RegisteredProperty { RegistryNumber = registry, Location = location.Length == 0 ? null : location };
    }

    private static RegisteredProperty Vehicle(PedidoContext context, JsonObjectView bem, string path)
    {
        var parts = new (string Name, string Label)[] { ("placa", ""), ("renavam", "RENAVAM "), ("chassi", "chassi ") };
        var present = parts
            .Select(p => (p.Label, At: bem.String(p.Name, path + "/registryNumber")))
            .Where(p => !string.IsNullOrWhiteSpace(p.At?.Value))
            .ToArray();
        if (present.Length == 0) return new RegisteredProperty();
        context.Scope.Map(path + "/registryNumber", VehicleConversion, [.. present.Select(p => p.At!)]);
        return new RegisteredProperty { RegistryNumber = string.Join("; ", present.Select(p => p.Label + p.At!.Value!.Trim())) };
    }
}
