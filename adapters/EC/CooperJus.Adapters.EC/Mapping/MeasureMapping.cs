using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.EC.Mapping;

/// <summary>
/// <c>diligencias</c>: what is asked. <c>codigo</c> through <c>measures.csv</c> (an unknown code rejects the
/// solicitud: a measure nobody understands cannot be executed), <c>sujetos</c> the ids of the personas, empresas or
/// bienes it concerns.
/// </summary>
internal static class MeasureMapping
{
    public static List<Measure> Measures(RecordContext context, JsonObjectView solicitud)
    {
        var measures = new List<Measure>();
        foreach (var diligencia in solicitud.Objects("diligencias", "/measures"))
        {
            if (Measure(context, diligencia, Paths.Item("/measures", measures.Count)) is { } measure) measures.Add(measure);
        }
        return measures;
    }

    private static Measure? Measure(RecordContext context, JsonObjectView diligencia, string path)
    {
        var codeAt = diligencia.RequiredString("codigo", path + "/type");
        var entry = codeAt is null ? null : context.Scope.Lookup(path + "/type", codeAt, context.Lists.Measures);
        var type = NationalCodeLists.Canonical<MeasureType>(entry, "type");
        var code = type is null ? null : context.Scope.Text(path + "/nationalCode", codeAt!);
        var description = context.Text(diligencia, "descripcion", path + "/description");
        var purpose = context.Text(diligencia, "finalidad", path + "/purpose");
        var respondBy = context.Date(diligencia, "fechaLimite", path + "/respondBy");
        var orden = diligencia.Object("orden", path + "/nationalOrder");
        var order = orden is null ? null : Order(context, orden, path + "/nationalOrder");
        var subjects = new List<MeasureSubject>();
        foreach (var subject in context.Refs(diligencia, "sujetos", path + "/subjects", assetsToo: true))
        {
            var refPath = Paths.Item(path + "/subjects", subjects.Count) + "/ref";
            context.Scope.Map(refPath, "copy", subject);
            subjects.Add(new MeasureSubject { Ref = subject.Value!.Trim() });
        }
        if (type is null) return null;
        return new Measure { Type = type.Value, NationalCode = code, Description = description, Purpose = purpose, RespondBy = respondBy, Subjects = subjects, NationalOrder = order };
    }

    /// <summary>
    /// <c>orden</c>: the national order behind a coercive diligencia (UNCAC art. 55(3)(c) asks for it): <c>emisor</c>
    /// (required, <c>order-issuers.csv</c>), <c>autoridad</c> (the unidad judicial), <c>numero</c> (its process number, as written), <c>fecha</c>.
    /// </summary>
    private static NationalOrder? Order(RecordContext context, JsonObjectView orden, string path)
    {
        var issuer = context.Coded<OrderIssuer>(orden, "emisor", path + "/issuedBy", context.Lists.OrderIssuers, "issuer", required: true);
        var authority = context.Text(orden, "autoridad", path + "/authority");
        var reference = context.Text(orden, "numero", path + "/reference");
        var date = context.Date(orden, "fecha", path + "/date");
        return issuer is null ? null : new NationalOrder { IssuedBy = issuer.Value, Authority = authority, Reference = reference, Date = date };
    }
}
