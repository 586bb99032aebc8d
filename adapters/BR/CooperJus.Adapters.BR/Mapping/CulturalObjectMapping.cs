using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary>
/// A BEM_CULTURAL described with the Object ID fields, named in Portuguese. The bem's <c>descricao</c> is both the
/// asset's description and the Object ID short description, so the object's record is complete on its own.
/// </summary>
internal static class CulturalObjectMapping
{
    public static CulturalObject? CulturalObject(PedidoContext context, JsonObjectView bem, SourceLocation? description, string assetPath)
    {
        var path = assetPath + "/culturalObject";
        var objectType = context.Text(bem, "tipoObjeto", path + "/objectType", required: true);
        var materials = bem.Strings("materiais", path + "/materials").Where(m => !string.IsNullOrWhiteSpace(m.Value)).ToArray();
        if (materials.Length > 0) context.Scope.Map(path + "/materials", "copy", materials);
        var culturalObject = new CulturalObject
        {
            ObjectType = objectType ?? "",
            Materials = [.. materials.Select(m => m.Value!.Trim())],
            Measurements = context.Text(bem, "dimensoes", path + "/measurements"),
            Inscriptions = context.Text(bem, "inscricoes", path + "/inscriptions"),
            DistinguishingFeatures = context.Text(bem, "caracteristicas", path + "/distinguishingFeatures"),
            Title = context.Text(bem, "titulo", path + "/title"),
            Subject = context.Text(bem, "tema", path + "/subject"),
            DateOrPeriod = context.Text(bem, "periodo", path + "/dateOrPeriod"),
            Maker = context.Text(bem, "autoria", path + "/maker"),
            Description = description is null ? null : context.Scope.Text(path + "/description", description),
            InventoryNumber = context.Text(bem, "numeroInventario", path + "/inventoryNumber"),
            PlaceOfOrigin = context.Text(bem, "origem", path + "/placeOfOrigin"),
        };
        return objectType is null ? null : culturalObject;
    }
}
