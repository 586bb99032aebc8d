using CooperJus.Gateway.Sdk.Reading;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary>A period object {<c>inicio</c> (required), <c>fim</c>} of ISO dates, as <c>periodoFatos</c> and the periods of a diligência are written.</summary>
internal static class Periods
{
    /// <summary>
    /// The period in member <paramref name="name"/> of <paramref name="parent"/>, mapped to <paramref name="path"/>
    /// (<c>start</c> and <c>end</c> below it); null when absent or unreadable. An end before the start is <c>date.invalid</c>.
    /// </summary>
    public static DateRange? Read(PedidoContext context, JsonObjectView parent, string name, string path)
    {
        var periodo = parent.Object(name, path);
        if (periodo is null) return null;
        var startPath = CanonicalPaths.Join(path, "/start");
        var endPath = CanonicalPaths.Join(path, "/end");
        var startAt = context.RequiredString(periodo, "inicio", startPath);
        var start = startAt is null ? null : context.Scope.IsoDate(startPath, startAt);
        var endAt = periodo.String("fim", endPath);
        var end = endAt is null ? null : context.Scope.IsoDate(endPath, endAt);
        if (start is null) return null;
        if (end < start)
            context.Scope.Error("date.invalid", $"{name} ends ({endAt!.Value}) before it starts ({startAt!.Value}).", endAt, endPath);
        return new DateRange { Start = start.Value, End = end };
    }
}
