using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;
using F = CooperJus.Adapters.UY.Reading.SippauFields;

namespace CooperJus.Adapters.UY.Mapping;

/// <summary>The cuentas (bank accounts) and bienes culturales of a solicitud, as canonical assets in that order.</summary>
internal sealed class AssetMapper
{
    public List<Asset> Assets(RecordScope scope, JsonObjectView solicitud, IReadOnlySet<string> partyRefs)
    {
        var assets = new List<Asset>();
        foreach (var cuenta in solicitud.Objects(F.Cuentas, "/assets"))
        {
            if (Account(scope, cuenta, $"/assets/{assets.Count}", partyRefs) is { } asset) assets.Add(asset);
        }
        foreach (var bien in solicitud.Objects(F.BienesCulturales, "/assets"))
        {
            if (CulturalObject(scope, bien, $"/assets/{assets.Count}") is { } asset) assets.Add(asset);
        }
        return assets;
    }

    private static Asset? Account(RecordScope scope, JsonObjectView cuenta, string path, IReadOnlySet<string> partyRefs)
    {
        var idAt = cuenta.RequiredString(F.Id, path + "/ref");
        var id = idAt is null ? null : scope.Text(path + "/ref", idAt);
        var bank = Reads.Text(scope, cuenta, F.Banco, path + "/bankAccount/bank");
        var branch = Reads.Text(scope, cuenta, F.Sucursal, path + "/bankAccount/branch");
        var number = Reads.RequiredText(scope, cuenta, F.NumeroCuenta, path + "/bankAccount/accountNumber");
        var country = Reads.Country(scope, cuenta, F.Pais, path + "/bankAccount/country");
        var holders = Reads.Refs(scope, cuenta, F.Titulares, path + "/holderRefs", partyRefs);
        var value = Reads.Amount(scope, cuenta, F.Saldo, path + "/value");
        if (id is null || number is null) return null;
        scope.Map(path + "/type", Conversions.ImpliedByField, idAt!);
        return new Asset
        {
            Ref = id,
            Type = AssetType.BankAccount,
            Value = value,
            HolderRefs = holders,
            BankAccount = new BankAccount { Bank = bank, Branch = branch, AccountNumber = number, Country = country },
        };
    }

    private static Asset? CulturalObject(RecordScope scope, JsonObjectView bien, string path)
    {
        var idAt = bien.RequiredString(F.Id, path + "/ref");
        var id = idAt is null ? null : scope.Text(path + "/ref", idAt);
        var o = path + "/culturalObject";
        var objectType = Reads.RequiredText(scope, bien, F.TipoObjeto, o + "/objectType");
        var title = Reads.Text(scope, bien, F.Titulo, o + "/title");
        var maker = Reads.Text(scope, bien, F.Autor, o + "/maker");
        var period = Reads.Text(scope, bien, F.Epoca, o + "/dateOrPeriod");
        var materials = new List<string>();
        foreach (var at in bien.Strings(F.Materiales, o + "/materials"))
        {
            if (scope.Text($"{o}/materials/{materials.Count}", at) is { } material) materials.Add(material);
        }
        var measurements = Reads.Text(scope, bien, F.Dimensiones, o + "/measurements");
        var description = Reads.Text(scope, bien, F.Descripcion, o + "/description");
        var inventory = Reads.Text(scope, bien, F.NumeroInventario, o + "/inventoryNumber");
        var protection = Reads.Text(scope, bien, F.Proteccion, o + "/protectedStatus");
        var value = Reads.Amount(scope, bien, F.ValorEstimado, path + "/value");
        if (id is null || objectType is null) return null;
        scope.Map(path + "/type", Conversions.ImpliedByField, idAt!);
        return new Asset
        {
            Ref = id,
            Type = AssetType.CulturalObject,
            Value = value,
            CulturalObject = new CulturalObject
            {
                ObjectType = objectType,
                Title = title,
                Maker = maker,
                DateOrPeriod = period,
                Materials = materials,
                Measurements = measurements,
                Description = description,
                InventoryNumber = inventory,
                ProtectedStatus = protection,
            },
        };
    }
}
