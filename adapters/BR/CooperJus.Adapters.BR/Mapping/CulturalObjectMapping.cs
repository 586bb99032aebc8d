using CooperJus.Gateway.Sdk.Reading;
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
            Incident = Incident(context, bem, CanonicalPaths.Join(path, "/incident")),
            RegisterReferences = RegisterReferences(context, bem, CanonicalPaths.Join(path, "/registerReferences")),
            ProtectedStatus = context.Text(bem, "protecao", CanonicalPaths.Join(path, "/protectedStatus")),
            RelatedObjectRefs = bem.Has("objetosRelacionados") ? context.CopyStrings(bem, "objetosRelacionados", CanonicalPaths.Join(path, "/relatedObjectRefs")) : [],
            Photographs = bem.Has("fotografias") ? context.CopyStrings(bem, "fotografias", CanonicalPaths.Join(path, "/photographs")) : [],
        };
        return objectType is null ? null : culturalObject;
    }

    /// <summary><c>ocorrencia</c> {<c>tipo</c> (required), <c>data</c>, <c>local</c>, <c>tipoLocal</c>}: the theft, looting or export the object was lost in.</summary>
    private static CulturalIncident? Incident(PedidoContext context, JsonObjectView bem, string path)
    {
        var ocorrencia = bem.Object("ocorrencia", path);
        if (ocorrencia is null) return null;
        var typePath = CanonicalPaths.Join(path, "/type");
        var typeAt = context.RequiredString(ocorrencia, "tipo", typePath);
        var type = typeAt is null ? null : BrazilCodeLists.Canonical<IncidentType>(context.Scope.Lookup(typePath, typeAt, context.Lists.IncidentTypes), BrazilCodeLists.IncidentColumn);
        var date = context.Date(ocorrencia, "data", CanonicalPaths.Join(path, "/date"));
        var place = context.Text(ocorrencia, "local", CanonicalPaths.Join(path, "/place"));
        var site = context.Coded<SiteType>(ocorrencia, "tipoLocal", CanonicalPaths.Join(path, "/siteType"), context.Lists.SiteTypes, BrazilCodeLists.SiteColumn);
        return type is null ? null : new CulturalIncident { Type = type.Value, Date = date, Place = place, SiteType = site };
    }

    /// <summary><c>registros</c> [{<c>cadastro</c> (required), <c>numero</c> (required)}]: the object's entries in registers (IPHAN's CNART, INTERPOL).</summary>
    private static IReadOnlyList<RegisterReference> RegisterReferences(PedidoContext context, JsonObjectView bem, string path)
    {
        if (!bem.Has("registros")) return [];
        var registros = bem.Objects("registros", path);
        var result = new List<RegisterReference>(registros.Count);
        foreach (var registro in registros)
        {
            var itemPath = CanonicalPaths.Item(path, result.Count);
            var register = context.Text(registro, "cadastro", CanonicalPaths.Join(itemPath, "/register"), required: true);
            var reference = context.Text(registro, "numero", CanonicalPaths.Join(itemPath, "/reference"), required: true);
            if (register is not null && reference is not null) result.Add(new RegisterReference { Register = register, Reference = reference });
        }
        return result;
    }
}
