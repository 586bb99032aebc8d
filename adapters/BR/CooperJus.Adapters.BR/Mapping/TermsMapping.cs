using CooperJus.Adapters.BR.Conversions;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary>The terms of the request: legal grounds, urgency, confidentiality and the court proceedings.</summary>
internal static class TermsMapping
{
    /// <summary><c>fundamentos</c> through <c>instruments.csv</c>; an unknown ground is an error.</summary>
    public static IReadOnlyList<LegalBasis> LegalBasis(PedidoContext context, JsonObjectView pedido)
    {
        var result = new List<LegalBasis>();
        foreach (var at in pedido.Strings("fundamentos", "/legalBasis"))
        {
            var path = CanonicalPaths.Item("/legalBasis", result.Count);
            var entry = context.Scope.Lookup(CanonicalPaths.Join(path, "/instrument"), at, context.Lists.Instruments);
            if (entry is null) continue;
            var parties = BrazilCodeLists.Parties(entry);
            if (parties.Count > 0) context.Scope.Map(CanonicalPaths.Join(path, "/parties"), context.Lists.Instruments.ConversionName, at);
            result.Add(new LegalBasis { Instrument = entry[BrazilCodeLists.InstrumentColumn]!, Parties = parties });
        }
        return result;
    }

    /// <summary><c>urgencia</c> (NORMAL when absent), <c>urgenciaMotivo</c> and <c>prazoResposta</c>.</summary>
    public static Urgency Urgency(PedidoContext context, JsonObjectView pedido)
    {
        var level = UrgencyLevel.Normal;
        var at = pedido.String("urgencia", "/urgency/level");
        if (at is null) context.Scope.Map("/urgency/level", "adapter-default");
        else level = BrazilCodeLists.Canonical<UrgencyLevel>(context.Scope.Lookup("/urgency/level", at, context.Lists.Urgency), BrazilCodeLists.LevelColumn) ?? level;
        var reason = context.Text(pedido, "urgenciaMotivo", "/urgency/reason");
        if (level != UrgencyLevel.Normal && reason is null)
            context.Scope.Warning("br.urgency-without-reason", "The pedido is urgent but urgenciaMotivo does not say why; the requested authority will ask.", pedido.At("urgenciaMotivo"), "/urgency/reason");
        var deadline = pedido.String("prazoResposta", "/urgency/deadlines/0/by");
        var respondBy = deadline is null ? null : context.Scope.IsoDate("/urgency/deadlines/0/by", deadline);
        return new Urgency { Level = level, Reason = reason, Deadlines = respondBy is { } by ? [new Deadline { Kind = DeadlineKind.Execute, By = by }] : [] };
    }

    /// <summary><c>sigilo</c>; a pedido that does not say is not confidential.</summary>
    public static Confidentiality Confidentiality(PedidoContext context, JsonObjectView pedido)
    {
        var sigilo = pedido.Boolean("sigilo", "/confidentiality/confidential");
        if (sigilo is { } given) context.Scope.Map("/confidentiality/confidential", "copy", given.At);
        else context.Scope.Map("/confidentiality/confidential", "adapter-default");
        return new Confidentiality { Confidential = sigilo?.Value ?? false };
    }

    /// <summary>
    /// <c>numeroProcessoJudicial</c>, its CNJ check digits validated. Without it there are no court proceedings to
    /// describe, so <c>proceedings</c> is left out; with it the stage is taken to be the investigation, which is what
    /// MPF procedures with a judicial case (warrants for bank secrecy, freezing) usually are.
    /// </summary>
    public static Proceedings? Proceedings(PedidoContext context, JsonObjectView pedido)
    {
        const string path = "/proceedings/courtCaseNumber";
        var at = pedido.String("numeroProcessoJudicial", path);
        if (at is null || string.IsNullOrWhiteSpace(at.Value)) return null;
        var number = at.Value.Trim();
        if (!CnjNumber.Validate(number, out var rule, out var reason)) context.Scope.Error(rule, reason, at, path);
        context.Scope.Map(path, CnjNumber.Conversion, at);
        context.Scope.Map("/proceedings/type", "adapter-default");
        return new Proceedings { Type = ProceedingsType.CriminalInvestigation, CourtCaseNumber = number };
    }
}
