using CooperJus.Gateway.Sdk.Reading;
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
            if (Asset(context, bem, CanonicalPaths.Item("/assets", result.Count)) is { } asset) result.Add(asset);
        }
        return result;
    }

    private static Asset? Asset(PedidoContext context, JsonObjectView bem, string path)
    {
        var reference = context.Ref(bem, CanonicalPaths.Join(path, "/ref"), AlvoKind.Asset);
        var typeAt = context.RequiredString(bem, "tipo", CanonicalPaths.Join(path, "/type"));
        var type = typeAt is null ? null : BrazilCodeLists.Canonical<AssetType>(context.Scope.Lookup(CanonicalPaths.Join(path, "/type"), typeAt, context.Lists.AssetTypes), BrazilCodeLists.AssetColumn);
        var descriptionAt = bem.String("descricao", CanonicalPaths.Join(path, "/description"));
        var description = descriptionAt is null ? null : context.Scope.Text(CanonicalPaths.Join(path, "/description"), descriptionAt);
        var value = Value(context, bem, CanonicalPaths.Join(path, "/value"));
        var holders = context.CopyStrings(bem, "titulares", CanonicalPaths.Join(path, "/holderRefs"));
        var owners = bem.Has("proprietarios") ? context.CopyStrings(bem, "proprietarios", CanonicalPaths.Join(path, "/ownerRefs")) : [];
        var location = context.Text(bem, "localAtual", CanonicalPaths.Join(path, "/currentLocation"));
        if (reference is null || type is null) return null;
        var asset = new Asset { Ref = reference, Type = type.Value, Description = description, Value = value, HolderRefs = holders, OwnerRefs = owners, CurrentLocation = location };
        return type switch
        {
            AssetType.BankAccount => asset with { BankAccount = BankAccount(context, bem, CanonicalPaths.Join(path, "/bankAccount")) },
            AssetType.RealEstate => asset with { RegisteredProperty = RealEstate(context, bem, CanonicalPaths.Join(path, "/registeredProperty")) },
            AssetType.Vehicle => asset with { RegisteredProperty = Vehicle(context, bem, CanonicalPaths.Join(path, "/registeredProperty")) },
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
        context.Scope.Map(CanonicalPaths.Join(path, "/amount"), Amounts.Conversion, at);
        context.Scope.Map(CanonicalPaths.Join(path, "/currency"), Amounts.Conversion, at);
        return amount;
    }

    private static BankAccount? BankAccount(PedidoContext context, JsonObjectView bem, string path)
    {
        var bank = context.Text(bem, "banco", CanonicalPaths.Join(path, "/bank"));
        var branch = context.Text(bem, "agencia", CanonicalPaths.Join(path, "/branch"));
        var account = context.Text(bem, "conta", CanonicalPaths.Join(path, "/accountNumber"), required: true);
        var countryAt = bem.String("pais", CanonicalPaths.Join(path, "/country"));
        var country = countryAt is null ? null : context.Scope.Country(CanonicalPaths.Join(path, "/country"), countryAt);
        return account is null ? null : new BankAccount { Bank = bank, Branch = branch, AccountNumber = account, Country = country };
    }

    private static RegisteredProperty RealEstate(PedidoContext context, JsonObjectView bem, string path)
    {
        var registry = context.Text(bem, "matricula", CanonicalPaths.Join(path, "/registryNumber"));
        var endereco = bem.Object("endereco", CanonicalPaths.Join(path, "/location"));
        var address = endereco is null ? null : AddressMapping.Join(context, endereco, CanonicalPaths.Join(path, "/location"));
        var cartorio = bem.String("cartorio", CanonicalPaths.Join(path, "/location"));
        var office = string.IsNullOrWhiteSpace(cartorio?.Value) ? null : cartorio;
        SourceLocation[] sources = [.. address?.Sources ?? [], .. office is null ? [] : new[] { office }];
        if (sources.Length > 0) context.Scope.Map(CanonicalPaths.Join(path, "/location"), LocationConversion, sources);
        var location = string.Join("; ", new[] { address?.Text, office?.Value!.Trim() }.Where(p => p is not null));
        return new RegisteredProperty { RegistryNumber = registry, Location = location.Length == 0 ? null : location };
    }

    private static RegisteredProperty Vehicle(PedidoContext context, JsonObjectView bem, string path)
    {
        var parts = new (string Name, string Label)[] { ("placa", ""), ("renavam", "RENAVAM "), ("chassi", "chassi ") };
        var present = parts
            .Select(p => (p.Label, At: bem.String(p.Name, CanonicalPaths.Join(path, "/registryNumber"))))
            .Where(p => !string.IsNullOrWhiteSpace(p.At?.Value))
            .ToArray();
        if (present.Length == 0) return new RegisteredProperty();
        context.Scope.Map(CanonicalPaths.Join(path, "/registryNumber"), VehicleConversion, [.. present.Select(p => p.At!)]);
        return new RegisteredProperty { RegistryNumber = string.Join("; ", present.Select(p => p.Label + p.At!.Value!.Trim())) };
    }
}
