using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.EC.Mapping;

/// <summary>
/// <c>bienes</c>: accounts, property, vehicles, money and cultural objects. A <c>cuenta</c> gives the bank account, a
/// <c>bienCultural</c> the description of a cultural object (after the ICOM Object ID fields the canonical model uses).
/// </summary>
internal static class AssetMapping
{
    public static List<Asset> Assets(RecordContext context, JsonObjectView solicitud)
    {
        var assets = new List<Asset>();
        foreach (var bien in solicitud.Objects("bienes", "/assets"))
        {
            if (Asset(context, bien, Paths.Item("/assets", assets.Count)) is { } asset) assets.Add(asset);
        }
        return assets;
    }

    private static Asset? Asset(RecordContext context, JsonObjectView bien, string path)
    {
        var reference = context.Ref(bien, path + "/ref", RefKind.Asset);
        var type = context.Coded<AssetType>(bien, "tipo", path + "/type", context.Lists.AssetTypes, "asset", required: true);
        var description = context.Text(bien, "descripcion", path + "/description");
        var valueAt = bien.String("valor", path + "/value");
        var value = valueAt is null ? null : DollarAmounts.Read(context.Scope, path + "/value", valueAt);
        var holders = Holders(context, bien, path + "/holderRefs");
        var location = context.Text(bien, "ubicacion", path + "/currentLocation");
        var cuenta = bien.Object("cuenta", path + "/bankAccount");
        var account = cuenta is null ? null : BankAccount(context, cuenta, path + "/bankAccount");
        var cultural = bien.Object("bienCultural", path + "/culturalObject");
        var culturalObject = cultural is null ? null : CulturalObject(context, cultural, path + "/culturalObject");
        if (reference is null || type is null) return null;
        return new Asset
        {
            Ref = reference,
            Type = type.Value,
            Description = description,
            Value = value,
            HolderRefs = holders,
            CurrentLocation = location,
            BankAccount = account,
            CulturalObject = culturalObject,
        };
    }

    private static List<string> Holders(RecordContext context, JsonObjectView bien, string path)
    {
        var found = context.Refs(bien, "titulares", path, assetsToo: false);
        if (found.Count > 0) context.Scope.Map(path, "copy", [.. found]);
        return [.. found.Select(f => f.Value!.Trim())];
    }

    private static BankAccount? BankAccount(RecordContext context, JsonObjectView cuenta, string path)
    {
        var bank = context.Text(cuenta, "banco", path + "/bank");
        var number = context.Text(cuenta, "numero", path + "/accountNumber", required: true);
        var country = context.Country(cuenta, "pais", path + "/country");
        return number is null ? null : new BankAccount { Bank = bank, AccountNumber = number, Country = country };
    }

    private static CulturalObject? CulturalObject(RecordContext context, JsonObjectView cultural, string path)
    {
        var objectType = context.Text(cultural, "tipoObjeto", path + "/objectType", required: true);
        var materials = Materials(context, cultural, path + "/materials");
        // Every field is read even without a tipoObjeto, so that each of its problems is reported at once.
        var culturalObject = new CulturalObject
        {
            ObjectType = objectType ?? "",
            Title = context.Text(cultural, "titulo", path + "/title"),
            Maker = context.Text(cultural, "autor", path + "/maker"),
            DateOrPeriod = context.Text(cultural, "epoca", path + "/dateOrPeriod"),
            Materials = materials,
            Measurements = context.Text(cultural, "dimensiones", path + "/measurements"),
            Inscriptions = context.Text(cultural, "inscripciones", path + "/inscriptions"),
            DistinguishingFeatures = context.Text(cultural, "senasParticulares", path + "/distinguishingFeatures"),
            InventoryNumber = context.Text(cultural, "numeroInventario", path + "/inventoryNumber"),
            PlaceOfOrigin = context.Text(cultural, "procedencia", path + "/placeOfOrigin"),
            Description = context.Text(cultural, "descripcion", path + "/description"),
            ProtectedStatus = context.Text(cultural, "declaratoria", path + "/protectedStatus"),
        };
        return objectType is null ? null : culturalObject;
    }

    private static List<string> Materials(RecordContext context, JsonObjectView cultural, string path)
    {
        var sources = new List<SourceLocation>();
        foreach (var item in cultural.Strings("materiales", path))
        {
            if (!string.IsNullOrWhiteSpace(item.Value)) sources.Add(item);
        }
        if (sources.Count > 0) context.Scope.Map(path, "copy", [.. sources]);
        return [.. sources.Select(s => s.Value!.Trim())];
    }
}
