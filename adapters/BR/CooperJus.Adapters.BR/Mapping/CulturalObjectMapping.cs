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
        var path = CanonicalPaths.Join(assetPath, "/culturalObject");
        var objectType = context.Text(bem, "tipoObjeto", CanonicalPaths.Join(path, "/objectType"), required: true);
        var materials = context.CopyStrings(bem, "materiais", CanonicalPaths.Join(path, "/materials"));
        var culturalObject = new CulturalObject
        {
            ObjectType = objectType ?? "",
            Materials = materials,
            Measurements = context.Text(bem, "dimensoes", CanonicalPaths.Join(path, "/measurements")),
            Inscriptions = context.Text(bem, "inscricoes", CanonicalPaths.Join(path, "/inscriptions")),
            DistinguishingFeatures = context.Text(bem, "caracteristicas", CanonicalPaths.Join(path, "/distinguishingFeatures")),
            Title = context.Text(bem, "titulo", CanonicalPaths.Join(path, "/title")),
            Subject = context.Text(bem, "tema", CanonicalPaths.Join(path, "/subject")),
            DateOrPeriod = context.Text(bem, "periodo", CanonicalPaths.Join(path, "/dateOrPeriod")),
            Maker = context.Text(bem, "autoria", CanonicalPaths.Join(path, "/maker")),
            Description = description is null ? null : context.Scope.Text(CanonicalPaths.Join(path, "/description"), description),
            InventoryNumber = context.Text(bem, "numeroInventario", CanonicalPaths.Join(path, "/inventoryNumber")),
            PlaceOfOrigin = context.Text(bem, "origem", CanonicalPaths.Join(path, "/placeOfOrigin")),
        };
        return objectType is null ? null : culturalObject;
    }
}
