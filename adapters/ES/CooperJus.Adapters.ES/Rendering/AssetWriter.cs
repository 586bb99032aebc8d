using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.ES.Rendering;

/// <summary>
/// Assets → <c>BienCultural</c> elements. Fortuny carries cultural objects only: bank accounts, real estate,
/// vehicles, sums of money and other assets are reported as not carried.
/// </summary>
internal sealed class AssetWriter
{
    private readonly XmlOut _out;
    private readonly RenderNotes _notes;
    private readonly RenderRefs _refs;

    public AssetWriter(XmlOut output, RenderNotes notes, RenderRefs refs)
    {
        _out = output;
        _notes = notes;
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
                _notes.NotCarried(path, $"(a {CanonicalCodes.ToCode(assets[i].Type)} asset) is not carried: Fortuny describes cultural objects only (BienCultural); say it in Hechos or a Diligencia.");
                continue;
            }
            written++;
            CulturalObject(assets[i], culturalObject, path);
            if (assets[i].Ref != $"a{written}")
                _notes.Altered(path + "/ref", $"is {assets[i].Ref}: Fortuny has no ids, so it reads back as a{written}.");
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
            _notes.Altered(described + "/materials", "holds a ';', which separates materials in Fortuny's Materiales: it reads back as more materials.");
        _notes.NotCarriedIfPresent(described + "/photographs", item.Photographs, "are not carried: Fortuny does not link photographs to a BienCultural (they travel as Anexo).");
        _notes.NotCarriedIfPresent(path + "/description", asset.Description, "is not carried: Fortuny has the object's Descripcion only.");
        _notes.NotCarriedIfPresent(path + "/holderRefs", asset.HolderRefs, "are not carried: Fortuny does not say who holds a BienCultural.");
        _notes.NotCarriedIfPresent(path + "/ownerRefs", asset.OwnerRefs, "are not carried: Fortuny does not say who owns a BienCultural.");
        _notes.NotCarriedIfPresent(path + "/currentLocation", asset.CurrentLocation, "is not carried: Fortuny has no current location of a BienCultural (say it in Hechos).");
        const string why = "is not carried: Fortuny's BienCultural has the Object ID description only (say it in Hechos).";
        _notes.NotCarriedIfPresent(described + "/incident", item.Incident, why);
        _notes.NotCarriedIfPresent(described + "/registerReferences", item.RegisterReferences, why);
        _notes.NotCarriedIfPresent(described + "/protectedStatus", item.ProtectedStatus, why);
        _notes.NotCarriedIfPresent(described + "/relatedObjectRefs", item.RelatedObjectRefs, why);
    }
}
