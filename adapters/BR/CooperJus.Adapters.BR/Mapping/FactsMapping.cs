using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary><c>resumoFatos</c> and <c>periodoFatos</c>.</summary>
internal static class FactsMapping
{
    public static Gateway.Sdk.Model.Facts? Facts(PedidoContext context, JsonObjectView pedido)
    {
        var summary = context.Text(pedido, "resumoFatos", "/facts/summary", required: true);
        var period = Periods.Read(context, pedido, "periodoFatos", "/facts/period");
        return summary is null ? null : new Gateway.Sdk.Model.Facts { Summary = summary, Period = period };
    }
}
