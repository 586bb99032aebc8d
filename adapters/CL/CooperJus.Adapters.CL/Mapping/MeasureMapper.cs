using CooperJus.Adapters.CL.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.CL.Mapping;

/// <summary>
/// <c>Diligencia</c> → a measure: <c>@tipo</c> through <c>measures.csv</c> (an unknown type rejects the request: the
/// requested State cannot act on a measure nobody can name), the element's own text as the description,
/// <c>Finalidad</c> as the purpose, <c>@afectados</c> (ids of parties and objects) as the subjects.
/// </summary>
internal sealed class MeasureMapper(ChileCodeLists lists, RecordScope scope, LocalIds ids)
{
    public List<Measure> MapAll(IEnumerable<XmlSourceElement> diligencias)
    {
        var measures = new List<Measure>();
        foreach (var element in diligencias)
            if (Map(element, $"/measures/{measures.Count}") is { } measure) measures.Add(measure);
        return measures;
    }

    private Measure? Map(XmlSourceElement element, string path)
    {
        var typeAt = element.Attribute("tipo");
        var entry = scope.RequiredLookup(path + "/type", typeAt, lists.Measures);
        var description = scope.Text(path + "/description", element.OwnTextLocation);
        var purpose = scope.Text(path + "/purpose", element.ChildText("Finalidad"));
        var subjects = Subjects(element.Attribute("afectados"), path + "/subjects");
        var order = Order(element.One("Autorizacion"), path + "/nationalOrder");
        var hearing = Hearing(element, path + "/hearing");
        var formalities = scope.Text(path + "/formalities", element.ChildText("Formalidades"));
        if (entry is null) return null;
        scope.Map(path + "/nationalCode", "copy", typeAt);
        return new Measure
        {
            Type = entry.Canonical<MeasureType>("type"),
            NationalCode = typeAt.Trimmed(),
            Description = description,
            Purpose = purpose,
            Subjects = subjects,
            NationalOrder = order,
            Hearing = hearing,
            Formalities = formalities,
        };
    }

    /// <summary>
    /// A declaration's particulars: <c>@modalidad</c> (through <c>hearing-modalities.csv</c>), the questions to put
    /// (<c>Pregunta</c>, in order) and whether it is taken under oath or promise (<c>@juramento</c>).
    /// </summary>
    private HearingParticulars? Hearing(XmlSourceElement element, string path)
    {
        var modality = scope.Coded<HearingModality>(path + "/modality", element.Attribute("modalidad"), lists.HearingModalities, "modality");
        var questions = new List<string>();
        foreach (var question in element.All("Pregunta"))
            if (scope.Text($"{path}/questions/{questions.Count}", question.TextLocation) is { } text) questions.Add(text);
        var oathAt = element.Attribute("juramento");
        bool? underOath = oathAt.Trimmed() switch
        {
            null => null,
            "true" or "1" => true,
            "false" or "0" => false,
            _ => null,
        };
        if (underOath is not null) scope.Map(path + "/underOath", Conversions.XsBoolean, oathAt);
        else if (oathAt.Trimmed() is not null) scope.Error("xml.invalid-value", $"Diligencia/@juramento is '{oathAt.Value}': it must be true or false.", oathAt, path + "/underOath");
        return modality is null && questions.Count == 0 && underOath is null ? null : new HearingParticulars { Modality = modality, Questions = questions, UnderOath = underOath };
    }

    /// <summary>
    /// <c>@afectados</c>: ids of parties and objects of the Solicitud separated by spaces, each optionally followed by
    /// <c>:</c> and the capacity in which it is affected (<c>3:TITULAR_CUENTA 4</c>).
    /// </summary>
    private List<MeasureSubject> Subjects(SourceLocation at, string listPath)
    {
        var subjects = new List<MeasureSubject>();
        foreach (var item in (at.Value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = item.IndexOf(':', StringComparison.Ordinal);
            var id = separator < 0 ? item : item[..separator];
            var path = $"{listPath}/{subjects.Count}";
            if (ids.RefOf(id) is not { } reference)
            {
                scope.Error("reference.unknown", $"{at.Field} names id '{id}', which no Interviniente, Empresa, CuentaBancaria or BienCultural of this Solicitud has.", at with { Value = id }, listPath);
                continue;
            }
            scope.Map(path + "/ref", Conversions.ResolveId, at with { Value = id });
            SubjectCapacity? capacity = null;
            if (separator >= 0)
            {
                var capacityAt = at with { Value = item[(separator + 1)..] };
                capacity = scope.Lookup(path + "/capacity", capacityAt, lists.Capacities)?.Canonical<SubjectCapacity>("capacity");
            }
            subjects.Add(new MeasureSubject { Ref = reference, Capacity = capacity });
        }
        return subjects;
    }

    /// <summary>
    /// <c>Autorizacion</c>: the order behind a measure (the juez de garantía's for one that affects rights): who gave it
    /// (<c>@emisor</c>), the court or office (<c>@organo</c>), its date and its reference (the text).
    /// </summary>
    private NationalOrder? Order(XmlSourceElement? element, string path)
    {
        if (element is null) return null;
        var issuer = scope.RequiredLookup(path + "/issuedBy", element.Attribute("emisor"), lists.OrderIssuers)?.Canonical<OrderIssuer>("issuer");
        var authority = scope.Text(path + "/authority", element.Attribute("organo"));
        var date = scope.DayFirstDate(path + "/date", element.Attribute("fecha"));
        var reference = scope.Text(path + "/reference", element.TextLocation);
        return issuer is null ? null : new NationalOrder { IssuedBy = issuer.Value, Authority = authority, Date = date, Reference = reference };
    }
}
