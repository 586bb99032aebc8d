using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.ES.Rendering;

/// <summary>
/// Assets → <c>BienCultural</c> elements. Fortuny carries cultural objects only: bank accounts, real estate,
/// vehicles, sums of money and other assets are reported as not carried.
/// </summary>
internal sealed class AssetWriter
{
    private readonly XmlRenderOutput _out;
    private readonly RenderScope _scope;
    private readonly RenderRefs _refs;

    public AssetWriter(XmlRenderOutput output, RenderScope scope, RenderRefs refs)
    {
        _out = output;
        _scope = scope;
        _refs = refs;
    }

    public void Write(IReadOnlyList<Asset> assets)
    {
        var written = 0;
        for (var i = 0; i < assets.Count; i++)
        {
            var path = $"/assets/{i}";
            if (assets[i] is not { Type: AssetType.CulturalObject, CulturalObject: { } culturalObject })
            {
                _scope.NotCarried(path, $"Fortuny describes cultural objects only (BienCultural); say it in Hechos or a Diligencia.");
                continue;
            }
            written++;
            CulturalObject(assets[i], culturalObject, path);
            if (assets[i].Ref != $"a{written}")
                _scope.Altered(path + "/ref", $"it is {assets[i].Ref}: Fortuny has no ids, so it reads back as a{written}.");
        }
    }

    private void CulturalObject(Asset asset, CulturalObject item, string path)
    {
        var described = path + "/culturalObject";
        _out.Start("BienCultural");
        if (_refs.IdToWrite(asset.Ref) is { } id) _out.Code("id", id);
        _out.Element("TipoObjeto", item.ObjectType, described + "/objectType");
        _out.Element("Materiales", item.Materials.Count > 0 ? string.Join("; ", item.Materials) : null, described + "/materials");
        _out.Element("Medidas", item.Measurements, described + "/measurements");
        _out.Element("Inscripciones", item.Inscriptions, described + "/inscriptions");
        _out.Element("SenasParticulares", item.DistinguishingFeatures, described + "/distinguishingFeatures");
        _out.Element("Titulo", item.Title, described + "/title");
        _out.Element("Tema", item.Subject, described + "/subject");
        _out.Element("Periodo", item.DateOrPeriod, described + "/dateOrPeriod");
        _out.Element("Autor", item.Maker, described + "/maker");
        _out.Element("Descripcion", item.Description, described + "/description");
        _out.Element("NumeroInventario", item.InventoryNumber, described + "/inventoryNumber");
        _out.Element("Procedencia", item.PlaceOfOrigin, described + "/placeOfOrigin");
        _out.Element("Valor", asset.Value is { } value ? Amounts.Format(value) : null, path + "/value");
        _out.End();
        if (item.Materials.Any(m => m.Contains(';', StringComparison.Ordinal)))
            _scope.Altered(described + "/materials", "it holds a ';', which separates materials in Fortuny's Materiales: it reads back as more materials.");
        _scope.NotCarriedIfPresent(described + "/photographs", "Fortuny does not link photographs to a BienCultural (they travel as Anexo).");
        _scope.NotCarriedIfPresent(path + "/description", "Fortuny has the object's Descripcion only.");
        _scope.NotCarriedIfPresent(path + "/holderRefs", "Fortuny does not say who holds a BienCultural.");
        _scope.NotCarriedIfPresent(path + "/ownerRefs", "Fortuny does not say who owns a BienCultural.");
        _scope.NotCarriedIfPresent(path + "/currentLocation", "Fortuny has no current location of a BienCultural (say it in Hechos).");
        const string why = "Fortuny's BienCultural has the Object ID description only (say it in Hechos).";
        _scope.NotCarriedIfPresent(described + "/incident", why);
        _scope.NotCarriedIfPresent(described + "/registerReferences", why);
        _scope.NotCarriedIfPresent(described + "/protectedStatus", why);
        _scope.NotCarriedIfPresent(described + "/relatedObjectRefs", why);
    }
}
