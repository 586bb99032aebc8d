using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.EC.Mapping;

/// <summary>The terms of a solicitud: <c>urgencia</c> and its <c>plazo</c>, <c>reservada</c>, and the <c>hechos</c>.</summary>
internal static class TermsMapping
{
    /// <summary><c>urgencia</c> (<c>urgency.csv</c>; none is normal), <c>motivoUrgencia</c>, and <c>plazo</c>, the date by which execution is asked.</summary>
    public static Urgency Urgency(RecordContext context, JsonObjectView solicitud)
    {
        var level = context.Coded<UrgencyLevel>(solicitud, "urgencia", "/urgency/level", context.Lists.Urgency, "level");
        if (level is null && !solicitud.Has("urgencia")) context.Scope.Map("/urgency/level", Conversions.AdapterDefault);
        var reason = context.Text(solicitud, "motivoUrgencia", "/urgency/reason");
        var deadlines = new List<Deadline>();
        var plazoAt = solicitud.String("plazo", "/urgency/deadlines/0/by");
        if (plazoAt is not null && context.Scope.DayFirstDate("/urgency/deadlines/0/by", plazoAt) is { } by)
        {
            context.Scope.Map("/urgency/deadlines/0/kind", Conversions.ImpliedByField, plazoAt);
            deadlines.Add(new Deadline { Kind = DeadlineKind.Execute, By = by });
        }
        return new Urgency { Level = level ?? UrgencyLevel.Normal, Reason = reason, Deadlines = deadlines };
    }

    /// <summary><c>reservada</c> (a boolean; none is false) and <c>motivoReserva</c>.</summary>
    public static Confidentiality Confidentiality(RecordContext context, JsonObjectView solicitud)
    {
        var flag = solicitud.Boolean("reservada", "/confidentiality/confidential");
        if (flag is { } given) context.Scope.Map("/confidentiality/confidential", "copy", given.At);
        else context.Scope.Map("/confidentiality/confidential", Conversions.AdapterDefault);
        var reason = context.Text(solicitud, "motivoReserva", "/confidentiality/reason");
        return new Confidentiality { Confidential = flag?.Value ?? false, Reason = reason };
    }

    /// <summary><c>hechos</c>: <c>resumen</c> (required), <c>lugar</c>, <c>periodo</c> (a day-first date or range).</summary>
    public static Facts? Facts(RecordContext context, JsonObjectView solicitud)
    {
        var hechos = AuthorityMapping.RequiredObject(context, solicitud, "hechos", "/facts");
        if (hechos is null) return null;
        var summary = context.Text(hechos, "resumen", "/facts/summary", required: true);
        var place = context.Text(hechos, "lugar", "/facts/place");
        var periodAt = hechos.String("periodo", "/facts/period");
        var period = periodAt is null ? null : context.Scope.DayFirstRange("/facts/period", periodAt);
        return summary is null ? null : new Facts { Summary = summary, Place = place, Period = period };
    }
}
