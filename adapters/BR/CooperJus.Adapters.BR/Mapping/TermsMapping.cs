using CooperJus.Gateway.Sdk.Reading;
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

    /// <summary>
    /// <c>urgencia</c> (NORMAL when absent), <c>motivosUrgencia</c>, <c>urgenciaMotivo</c>, and <c>prazoResposta</c>
    /// with its <c>prazoRespostaMotivo</c>: the date by which the pedido should be executed.
    /// </summary>
    public static Urgency Urgency(PedidoContext context, JsonObjectView pedido)
    {
        var level = UrgencyLevel.Normal;
        var at = pedido.String("urgencia", "/urgency/level");
        if (at is null) context.Scope.Map("/urgency/level", "adapter-default");
        else level = BrazilCodeLists.Canonical<UrgencyLevel>(context.Scope.Lookup("/urgency/level", at, context.Lists.Urgency), BrazilCodeLists.LevelColumn) ?? level;
        var grounds = context.CodedList<UrgencyGround>(pedido, "motivosUrgencia", "/urgency/grounds", context.Lists.UrgencyGrounds, BrazilCodeLists.GroundColumn);
        var reason = context.Text(pedido, "urgenciaMotivo", "/urgency/reason");
        if (level != UrgencyLevel.Normal && reason is null)
            context.Scope.Warning("br.urgency-without-reason", "The pedido is urgent but urgenciaMotivo does not say why; the requested authority will ask.", pedido.At("urgenciaMotivo"), "/urgency/reason");
        var deadlineAt = pedido.String("prazoResposta", "/urgency/deadlines/0/by");
        var respondBy = deadlineAt is null || string.IsNullOrWhiteSpace(deadlineAt.Value) ? null : context.Scope.IsoDate("/urgency/deadlines/0/by", deadlineAt);
        var deadlineReason = context.Text(pedido, "prazoRespostaMotivo", "/urgency/deadlines/0/reason");
        if (deadlineReason is not null && !pedido.Has("prazoResposta"))
            context.Scope.Error("required", "prazoResposta is required when prazoRespostaMotivo is given.", pedido.At("prazoResposta"), "/urgency/deadlines/0/by");
        // prazoResposta is the date by which the pedido should be executed: the property implies the kind of deadline.
        if (respondBy is not null) context.Scope.Map("/urgency/deadlines/0/kind", IdentityDocuments.Implied, deadlineAt!);
        return new Urgency
        {
            Level = level,
            Grounds = grounds,
            Reason = reason,
            Deadlines = respondBy is { } by ? [new Deadline { Kind = DeadlineKind.Execute, By = by, Reason = deadlineReason }] : [],
        };
    }

    /// <summary><c>sigilo</c> and <c>sigiloMotivo</c>; a pedido that does not say is not confidential.</summary>
    public static Confidentiality Confidentiality(PedidoContext context, JsonObjectView pedido)
    {
        var sigilo = pedido.Boolean("sigilo", "/confidentiality/confidential");
        if (sigilo is { } given) context.Scope.Map("/confidentiality/confidential", "copy", given.At);
        else context.Scope.Map("/confidentiality/confidential", "adapter-default");
        var reason = context.Text(pedido, "sigiloMotivo", "/confidentiality/reason");
        return new Confidentiality { Confidential = sigilo?.Value ?? false, Reason = reason };
    }

    /// <summary><c>canal</c> {<c>tipo</c> (required), <c>instrumento</c>}: how the pedido travels, which is not its legal basis.</summary>
    public static TransmissionChannel? Channel(PedidoContext context, JsonObjectView pedido)
    {
        var canal = pedido.Object("canal", "/channel");
        if (canal is null) return null;
        var kindAt = context.RequiredString(canal, "tipo", "/channel/kind");
        var kind = kindAt is null ? null : BrazilCodeLists.Canonical<ChannelKind>(context.Scope.Lookup("/channel/kind", kindAt, context.Lists.Channels), BrazilCodeLists.ChannelColumn);
        var instrument = context.Text(canal, "instrumento", "/channel/instrument");
        return kind is null ? null : new TransmissionChannel { Kind = kind.Value, Instrument = instrument };
    }

    /// <summary><c>duplaIncriminacao</c>: the member's statement that the facts are also an offence in the requested State.</summary>
    public static DualCriminality? DualCriminality(PedidoContext context, JsonObjectView pedido) =>
        context.Text(pedido, "duplaIncriminacao", "/dualCriminality/statement") is { } statement ? new DualCriminality { Statement = statement } : null;

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
