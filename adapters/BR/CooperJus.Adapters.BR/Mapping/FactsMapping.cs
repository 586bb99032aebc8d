using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary><c>resumoFatos</c> and <c>periodoFatos</c>.</summary>
internal static class FactsMapping
{
    public static Facts? Facts(PedidoContext context, JsonObjectView pedido)
    {
        var summary = context.Text(pedido, "resumoFatos", "/facts/summary", required: true);
        var period = Period(context, pedido.Object("periodoFatos", "/facts/period"));
        return summary is null ? null : new Facts { Summary = summary, Period = period };
    }

    private static DateRange? Period(PedidoContext context, JsonObjectView? periodo)
    {
        if (periodo is null) return null;
        var startAt = context.RequiredString(periodo, "inicio", "/facts/period/start");
        var start = startAt is null ? null : context.Scope.IsoDate("/facts/period/start", startAt);
        var endAt = periodo.String("fim", "/facts/period/end");
        var end = endAt is null ? null : context.Scope.IsoDate("/facts/period/end", endAt);
        if (start is null) return null;
        if (end < start)
            context.Scope.Error("date.invalid", $"periodoFatos ends ({endAt!.Value}) before it starts ({startAt!.Value}).", endAt, "/facts/period/end");
        return new DateRange { Start = start.Value, End = end };
    }
}
