using CooperJus.Adapters.CL.Mapping;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.CL.Rendering;

/// <summary>Bank accounts → <c>CuentaBancaria</c>, cultural objects → <c>BienCultural</c>; SAF has no other kind of asset.</summary>
internal sealed class AssetWriter(XmlRenderOutput output, RenderScope scope, RenderIds ids)
{
    public void Write(IReadOnlyList<Asset> assets)
    {
        // Ids first: an account's holder may be written after it in the canonical order, never in SAF's.
        var writable = assets.Select((asset, i) => (asset, i)).Where(item => RenderIds.IsWritable(item.asset)).ToList();
        foreach (var (asset, _) in writable) ids.Assign(asset.Ref);
        for (var i = 0; i < assets.Count; i++)
            if (!RenderIds.IsWritable(assets[i])) scope.NotCarried($"/assets/{i}", "SAF records bank accounts and cultural objects only.");
        foreach (var (asset, i) in writable.Where(item => item.asset.Type == AssetType.BankAccount)) Account(asset, $"/assets/{i}");
        foreach (var (asset, i) in writable.Where(item => item.asset.Type == AssetType.CulturalObject)) CulturalObject(asset, $"/assets/{i}");
        if (!writable.Select(item => item.asset.Type).SequenceEqual(writable.Select(item => item.asset.Type).Order()))
            scope.Altered("/assets", "SAF writes the bank accounts before the cultural objects, so the assets read back in that order.");
    }

    private void Account(Asset asset, string path)
    {
        var account = asset.BankAccount!;
        output.Start("CuentaBancaria");
        output.Code("id", ids.Of(asset.Ref)!);
        Holders(asset, path);
        output.Element("Banco", account.Bank, path + "/bankAccount/bank");
        output.Element("NumeroCuenta", account.AccountNumber, path + "/bankAccount/accountNumber");
        output.Element("Pais", account.Country, path + "/bankAccount/country");
        Value("Saldo", asset, path);
        output.End();
    }

    private void CulturalObject(Asset asset, string path)
    {
        var item = asset.CulturalObject!;
        var objectPath = path + "/culturalObject";
        output.Start("BienCultural");
        output.Code("id", ids.Of(asset.Ref)!);
        Holders(asset, path);
        output.Element("Tipo", item.ObjectType, objectPath + "/objectType");
        Materials(item.Materials, objectPath + "/materials");
        output.Element("Medidas", item.Measurements, objectPath + "/measurements");
        output.Element("Descripcion", item.Description, objectPath + "/description");
        output.Element("Epoca", item.DateOrPeriod, objectPath + "/dateOrPeriod");
        output.Element("Procedencia", item.PlaceOfOrigin, objectPath + "/placeOfOrigin");
        output.Element("NumeroInventario", item.InventoryNumber, objectPath + "/inventoryNumber");
        output.Element("Proteccion", item.ProtectedStatus, objectPath + "/protectedStatus");
        Value("Avaluo", asset, path);
        output.End();
    }

    private void Holders(Asset asset, string path)
    {
        var holders = new List<string>();
        for (var i = 0; i < asset.HolderRefs.Count; i++)
        {
            if (ids.Of(asset.HolderRefs[i]) is { } id) holders.Add(id);
            else scope.NotCarried($"{path}/holderRefs/{i}", "the holder is not written in the export, so @titular cannot name it.");
        }
        if (holders.Count > 0) output.Code("titular", string.Join(' ', holders));
    }

    private void Materials(IReadOnlyList<string> materials, string path)
    {
        if (materials.Count == 0) return;
        if (materials.Any(material => material.Contains(AssetMapper.MaterialSeparator, StringComparison.Ordinal) || material.Trim().Length == 0))
            scope.Altered(path, $"Materiales separates materials with '{AssetMapper.MaterialSeparator}', so a material holding one (or an empty one) reads back split or dropped.");
        output.Element("Materiales", string.Join(AssetMapper.MaterialSeparator + " ", materials), path);
    }

    private void Value(string element, Asset asset, string path)
    {
        if (asset.Value is { } value) output.Element(element, PesoAmounts.Format(value), path + "/value");
    }
}
