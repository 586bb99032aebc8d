using CooperJus.Adapters.CL.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.CL.Mapping;

/// <summary>
/// <c>CuentaBancaria</c> → a bank-account asset, <c>BienCultural</c> → a cultural-object asset (the Object ID
/// categories SAF records, Ley N° 17.288 for the protection), numbered <c>a1, a2…</c> in order of appearance.
/// </summary>
internal sealed class AssetMapper(RecordScope scope, LocalIds ids)
{
    /// <summary>Separates the materials of a <c>BienCultural</c>.</summary>
    public const char MaterialSeparator = ';';

    private readonly List<(XmlSourceElement Element, string Path, int Index)> _holders = [];

    public List<Asset> Assets { get; } = [];

    public void MapAccounts(IEnumerable<XmlSourceElement> cuentas)
    {
        foreach (var element in cuentas)
            if (MapAccount(element, $"/assets/{Assets.Count}") is { } asset) Assets.Add(asset);
    }

    public void MapCulturalObjects(IEnumerable<XmlSourceElement> bienes)
    {
        foreach (var element in bienes)
            if (MapCulturalObject(element, $"/assets/{Assets.Count}") is { } asset) Assets.Add(asset);
    }

    /// <summary>
    /// The holders of each account or object (<c>@titular</c>, ids of parties), once every id of the Solicitud is
    /// known: an asset may name a party written after it.
    /// </summary>
    public void ResolveHolders()
    {
        foreach (var (element, path, index) in _holders)
            Assets[index] = Assets[index] with { HolderRefs = ids.Resolve(element.Attribute("titular"), path + "/holderRefs") };
    }

    private Asset? MapAccount(XmlSourceElement element, string path)
    {
        var reference = Start(element, path);
        var number = scope.RequiredText(path + "/bankAccount/accountNumber", element.ChildText("NumeroCuenta"));
        var bank = scope.Text(path + "/bankAccount/bank", element.ChildText("Banco"));
        var country = scope.Country(path + "/bankAccount/country", element.ChildText("Pais"));
        var balance = scope.Money(path + "/value", element.ChildText("Saldo"));
        if (number is null) return null;
        _holders.Add((element, path, Assets.Count));
        return new Asset
        {
            Ref = reference,
            Type = AssetType.BankAccount,
            Value = balance,
            BankAccount = new BankAccount { Bank = bank, AccountNumber = number, Country = country },
        };
    }

    private Asset? MapCulturalObject(XmlSourceElement element, string path)
    {
        var reference = Start(element, path);
        var objectPath = path + "/culturalObject";
        var objectType = scope.RequiredText(objectPath + "/objectType", element.ChildText("Tipo"));
        var materials = Materials(element.ChildText("Materiales"), objectPath + "/materials");
        var measurements = scope.Text(objectPath + "/measurements", element.ChildText("Medidas"));
        var description = scope.Text(objectPath + "/description", element.ChildText("Descripcion"));
        var period = scope.Text(objectPath + "/dateOrPeriod", element.ChildText("Epoca"));
        var origin = scope.Text(objectPath + "/placeOfOrigin", element.ChildText("Procedencia"));
        var inventory = scope.Text(objectPath + "/inventoryNumber", element.ChildText("NumeroInventario"));
        var protection = scope.Text(objectPath + "/protectedStatus", element.ChildText("Proteccion"));
        var value = scope.Money(path + "/value", element.ChildText("Avaluo"));
        if (objectType is null) return null;
        _holders.Add((element, path, Assets.Count));
        return new Asset
        {
            Ref = reference,
            Type = AssetType.CulturalObject,
            Value = value,
            CulturalObject = new CulturalObject
            {
                ObjectType = objectType,
                Materials = materials,
                Measurements = measurements,
                Description = description,
                DateOrPeriod = period,
                PlaceOfOrigin = origin,
                InventoryNumber = inventory,
                ProtectedStatus = protection,
            },
        };
    }

    private string Start(XmlSourceElement element, string path)
    {
        var reference = $"a{Assets.Count + 1}";
        scope.Map(path + "/ref", Conversions.SequenceRef, element.Location);
        scope.Map(path + "/type", Conversions.ElementName, element.Location);
        ids.Add(element, reference);
        return reference;
    }

    private List<string> Materials(Gateway.Sdk.Diagnostics.SourceLocation at, string listPath)
    {
        var materials = new List<string>();
        foreach (var material in (at.Value ?? "").Split(MaterialSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            scope.Map($"{listPath}/{materials.Count}", Conversions.SplitSemicolon, at with { Value = material });
            materials.Add(material);
        }
        return materials;
    }
}
