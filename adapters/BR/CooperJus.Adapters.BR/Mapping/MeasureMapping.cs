using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary>
/// <c>diligencias</c> through <c>measures.csv</c>, each with its targets (<c>alvos</c>: ids of envolvidos, empresas
/// or bens, kept as refs; core validation checks they exist). Also decides the request's kind from the measures.
/// </summary>
internal static class MeasureMapping
{
    private static readonly MeasureType[] AssetRecoveryMeasures = [MeasureType.AssetFreezing, MeasureType.AssetConfiscation];

    public static IReadOnlyList<Measure> Measures(PedidoContext context, JsonObjectView pedido, List<SourceLocation> assetRecoverySources)
    {
        var result = new List<Measure>();
        foreach (var diligencia in pedido.Objects("diligencias", "/measures"))
        {
            var path = CanonicalPaths.Item("/measures", result.Count);
            var at = context.RequiredString(diligencia, "tipo", CanonicalPaths.Join(path, "/type"));
            var type = at is null ? null : BrazilCodeLists.Canonical<MeasureType>(context.Scope.Lookup(CanonicalPaths.Join(path, "/type"), at, context.Lists.Measures), BrazilCodeLists.MeasureColumn);
            var description = context.Text(diligencia, "descricao", CanonicalPaths.Join(path, "/description"));
            var targets = Targets(context, diligencia, CanonicalPaths.Join(path, "/targets"));
            if (type is null) continue;
            if (AssetRecoveryMeasures.Contains(type.Value)) assetRecoverySources.Add(at!);
            result.Add(new Measure { Type = type.Value, NationalCode = context.Scope.Text(CanonicalPaths.Join(path, "/nationalCode"), at!), Description = description, Subjects = targets.Select(t => new MeasureSubject { Ref = t }).ToList() });
        }
        return result;
    }

    /// <summary>
    /// A pedido that asks to freeze or confiscate assets is an asset-recovery request (it goes to the requested
    /// State's asset recovery office); any other is mutual legal assistance.
    /// </summary>
    public static RequestKind Kind(PedidoContext context, IReadOnlyList<SourceLocation> assetRecoverySources)
    {
        if (assetRecoverySources.Count == 0)
        {
            context.Scope.Map("/kind", "adapter-default");
            return RequestKind.MutualLegalAssistance;
        }
        context.Scope.Map("/kind", "kind-from-measures", [.. assetRecoverySources]);
        return RequestKind.AssetRecovery;
    }

    private static string[] Targets(PedidoContext context, JsonObjectView diligencia, string path) =>
        context.CopyStrings(diligencia, "alvos", path);
}
