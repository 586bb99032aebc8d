using CooperJus.Adapters.ES.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.ES.Mapping;

/// <summary>
/// <c>BienCultural</c> → a cultural-object asset (<c>a1, a2…</c>) described with the Object ID fields, whose Spanish
/// names are the child elements. <c>Materiales</c> lists materials and techniques separated by <c>;</c>; <c>Valor</c>
/// is an amount such as <c>1.000,00 €</c> or <c>EUR 1.000</c>, in euros when it names no currency.
/// </summary>
internal sealed class CulturalObjectMapper
{
    private const string DefaultCurrency = "EUR";

    private readonly RecordScope _scope;
    private readonly LocalIds _ids;

    public CulturalObjectMapper(RecordScope scope, LocalIds ids)
    {
        _scope = scope;
        _ids = ids;
    }

    public List<Asset> MapAll(IEnumerable<XmlSourceElement> objects)
    {
        var assets = new List<Asset>();
        foreach (var element in objects)
            if (Map(element, $"/assets/{assets.Count}", $"a{assets.Count + 1}") is { } asset) assets.Add(asset);
        return assets;
    }

    private Asset? Map(XmlSourceElement element, string path, string reference)
    {
        _scope.Map(path + "/ref", Conversions.SequenceRef, element.Location);
        _scope.Map(path + "/type", Conversions.ElementName, element.Location);
        var culturalObject = Describe(element, path + "/culturalObject");
        var value = Value(element.ChildText("Valor"), path + "/value");
        _ids.AddObject(element, reference);
        return culturalObject is null ? null : new Asset { Ref = reference, Type = AssetType.CulturalObject, CulturalObject = culturalObject, Value = value };
    }

    private CulturalObject? Describe(XmlSourceElement element, string path)
    {
        var objectType = _scope.RequiredText(path + "/objectType", element.ChildText("TipoObjeto"));
        if (objectType is null) return null;
        return new CulturalObject
        {
            ObjectType = objectType,
            Materials = Materials(element.ChildText("Materiales"), path + "/materials"),
            Measurements = _scope.Text(path + "/measurements", element.ChildText("Medidas")),
            Inscriptions = _scope.Text(path + "/inscriptions", element.ChildText("Inscripciones")),
            DistinguishingFeatures = _scope.Text(path + "/distinguishingFeatures", element.ChildText("SenasParticulares")),
            Title = _scope.Text(path + "/title", element.ChildText("Titulo")),
            Subject = _scope.Text(path + "/subject", element.ChildText("Tema")),
            DateOrPeriod = _scope.Text(path + "/dateOrPeriod", element.ChildText("Periodo")),
            Maker = _scope.Text(path + "/maker", element.ChildText("Autor")),
            Description = _scope.Text(path + "/description", element.ChildText("Descripcion")),
            InventoryNumber = _scope.Text(path + "/inventoryNumber", element.ChildText("NumeroInventario")),
            PlaceOfOrigin = _scope.Text(path + "/placeOfOrigin", element.ChildText("Procedencia")),
        };
    }

    private List<string> Materials(SourceLocation at, string path)
    {
        var materials = (at.Value ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        if (materials.Count > 0) _scope.Map(path, Conversions.SplitSemicolon, at);
        return materials;
    }

    private MonetaryAmount? Value(SourceLocation at, string path)
    {
        return _scope.Amount(path, at, DefaultCurrency);
    }
}
