using CooperJus.Gateway.Sdk.Reading;
using CooperJus.Adapters.BR.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary>
/// <c>crimes</c>: statute and article joined as the national code (and legal provision), the wording kept, and the
/// ICCS code looked up by a normalised key. An offence missing from <c>offences.csv</c> is kept unclassified with a warning.
/// </summary>
internal static class OffenceMapping
{
    public static IReadOnlyList<Offence> Offences(PedidoContext context, JsonObjectView pedido)
    {
        var result = new List<Offence>();
        foreach (var crime in pedido.Objects("crimes", "/offences"))
        {
            var path = CanonicalPaths.Item("/offences", result.Count);
            var diploma = context.RequiredString(crime, "diploma", CanonicalPaths.Join(path, "/nationalCode"));
            var artigo = crime.String("artigo", CanonicalPaths.Join(path, "/nationalCode"));
            var wording = context.Text(crime, "descricao", CanonicalPaths.Join(path, "/nationalWording"));
            var penalty = context.Text(crime, "penaMaxima", CanonicalPaths.Join(path, "/maximumPenalty"));
            if (diploma is null) continue;
            SourceLocation[] sources = artigo is null ? [diploma] : [diploma, artigo];
            var (nationalCode, lookupKey) = context.Lists.OffenceCodes(diploma.Value!, artigo?.Value);
            context.Scope.Map(CanonicalPaths.Join(path, "/nationalCode"), OffenceKeys.JoinConversion, sources);
            context.Scope.Map(CanonicalPaths.Join(path, "/legalProvision"), OffenceKeys.JoinConversion, sources);
            result.Add(new Offence
            {
                IccsCode = Iccs(context, CanonicalPaths.Join(path, "/iccsCode"), nationalCode, lookupKey, sources),
                NationalCode = nationalCode,
                NationalWording = wording,
                LegalProvision = nationalCode,
                MaximumPenalty = penalty,
            });
        }
        return result;
    }

    private static string? Iccs(PedidoContext context, string path, string nationalCode, string key, SourceLocation[] sources)
    {
        var iccs = context.Lists.Offences.Find(key)?[BrazilCodeLists.IccsColumn];
        if (iccs is null)
        {
            context.Scope.Warning("code-list.unknown", $"'{nationalCode}' (key '{key}') is not in code list 'offences'. It is kept as written, unclassified.", sources[^1], path);
            return null;
        }
        context.Scope.Map(path, context.Lists.Offences.ConversionName, sources);
        return iccs;
    }
}
