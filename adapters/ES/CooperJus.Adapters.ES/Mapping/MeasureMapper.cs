using CooperJus.Adapters.ES.Reading;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.ES.Mapping;

/// <summary>
/// One <c>Diligencia</c> → one measure: <c>@tipo</c> (list <c>measures</c>), its own text (what exactly is sought),
/// <c>@modalidad</c> of a hearing, <c>Finalidad</c> (purpose), <c>Afectado</c>* (subjects, by the <c>@id</c> of an
/// <c>Interviniente</c> or <c>BienCultural</c>, with <c>@calidad</c>) and <c>Resolucion</c> (the national order).
/// </summary>
/// <remarks>
/// A measure has subjects only where an <c>Afectado</c> names them: whom a Diligencia concerns is never guessed from
/// its text. <c>VIDEOCONFERENCIA</c>, a measure code of v1, is a hearing by videoconference: of a suspect when the
/// first person it concerns is investigated or accused, of a witness otherwise.
/// </remarks>
internal sealed class MeasureMapper
{
    private readonly SpainCodeLists _lists;
    private readonly RecordScope _scope;
    private readonly LocalIds _ids;

    public MeasureMapper(SpainCodeLists lists, RecordScope scope, LocalIds ids)
    {
        _lists = lists;
        _scope = scope;
        _ids = ids;
    }

    public Measure? Map(XmlSourceElement element, string path)
    {
        var typeAt = element.Attribute("tipo");
        var entry = Entry(typeAt, path);
        var subjects = Subjects(element, path + "/subjects");
        var purpose = _scope.Text(path + "/purpose", element.ChildText("Finalidad"));
        var order = Order(element, path + "/nationalOrder");
        if (entry is null) return null;
        var firstPerson = subjects.FirstOrDefault()?.Target.PersonRole is not null ? subjects[0] : null;
        var type = Type(entry, typeAt, firstPerson, path + "/type");
        return new Measure
        {
            Type = type,
            NationalCode = _scope.Text(path + "/nationalCode", typeAt),
            Description = _scope.Text(path + "/description", element.OwnTextLocation),
            Purpose = purpose,
            Subjects = [.. subjects.Select(s => s.Subject)],
            Hearing = Hearing(element, entry, type, firstPerson, path + "/hearing"),
            NationalOrder = order,
        };
    }

    /// <summary>The list entry of <c>@tipo</c>, without lineage yet: the type may also depend on the person concerned.</summary>
    private CodeListEntry? Entry(SourceLocation typeAt, string path)
    {
        if (typeAt.Trimmed() is null)
        {
            _scope.Error("required", $"{typeAt.Field} is required and is empty.", typeAt, path + "/type");
            return null;
        }
        return _lists.Measures.Find(typeAt.Value) ?? _scope.Lookup(path + "/type", typeAt, _lists.Measures);
    }

    private MeasureType Type(CodeListEntry entry, SourceLocation typeAt, LinkedSubject? firstPerson, string path)
    {
        var type = entry.Canonical<MeasureType>("type");
        if (entry["modality"] is not null && firstPerson?.Target.PersonRole is PersonRole.Suspect or PersonRole.Accused)
        {
            _scope.Map(path, Conversions.HearingOfPerson, typeAt, firstPerson.At);
            return MeasureType.SuspectHearing;
        }
        _scope.Map(path, _lists.Measures.ConversionName, typeAt);
        return type;
    }

    /// <summary>The hearing particulars of a witness or suspect hearing: modality (<c>@modalidad</c> or the code) and the capacity of the person heard.</summary>
    private HearingParticulars? Hearing(XmlSourceElement element, CodeListEntry entry, MeasureType type, LinkedSubject? firstPerson, string path)
    {
        var modalityAt = element.Attribute("modalidad");
        if (type is not (MeasureType.WitnessHearing or MeasureType.SuspectHearing))
        {
            if (modalityAt.Trimmed() is not null)
                _scope.Warning("xml.not-applicable", $"@modalidad applies to hearings only, not to {entry.Key}; it is ignored.", modalityAt);
            return null;
        }
        var modality = Modality(entry, element.Attribute("tipo"), modalityAt, path + "/modality");
        var capacity = Capacity(firstPerson, path + "/capacity");
        return modality is null && capacity is null ? null : new HearingParticulars { Capacity = capacity, Modality = modality };
    }

    private HearingModality? Modality(CodeListEntry entry, SourceLocation typeAt, SourceLocation modalityAt, string path)
    {
        var implied = entry["modality"];
        if (modalityAt.Trimmed() is null)
        {
            if (implied is null) return null;
            _scope.Map(path, _lists.Measures.ConversionName, typeAt);
            return entry.Canonical<HearingModality>("modality");
        }
        var written = _scope.Lookup(path, modalityAt, _lists.HearingModalities);
        if (written is null) return null;
        if (implied is not null && written["modality"] != implied)
        {
            _scope.Error("xml.invalid-value", $"@modalidad is '{modalityAt.Value}', but {entry.Key} is a hearing by {implied}.", modalityAt, path);
            return null;
        }
        return written.Canonical<HearingModality>("modality");
    }

    /// <summary>The capacity of the person heard is the condición of the first person the Diligencia concerns.</summary>
    private HearingCapacity? Capacity(LinkedSubject? firstPerson, string path)
    {
        var capacity = HearingCapacities.Of(firstPerson?.Target.PersonRole);
        if (capacity is not null) _scope.Map(path, Conversions.HearingOfPerson, firstPerson!.At);
        return capacity;
    }

    /// <summary><c>Afectado</c>*: <c>@interviniente</c> or <c>@bien</c> (an id of this Solicitud), <c>@calidad</c> (list <c>capacities</c>).</summary>
    private List<LinkedSubject> Subjects(XmlSourceElement element, string listPath)
    {
        var subjects = new List<LinkedSubject>();
        foreach (var affected in element.All("Afectado"))
        {
            var path = $"{listPath}/{subjects.Count}";
            var partyAt = affected.Attribute("interviniente");
            var objectAt = affected.Attribute("bien");
            if ((partyAt.Trimmed() is null) == (objectAt.Trimmed() is null))
            {
                _scope.Error("required", "Afectado names one Interviniente (@interviniente) or one BienCultural (@bien) by its id.", affected.Location, path + "/ref");
                continue;
            }
            var isParty = partyAt.Trimmed() is not null;
            var at = isParty ? partyAt : objectAt;
            var target = isParty ? _ids.Party(at.Trimmed()!) : _ids.Object(at.Trimmed()!);
            var capacity = _scope.Coded<SubjectCapacity>(path + "/capacity", affected.Attribute("calidad"), _lists.Capacities, "capacity");
            if (target is null)
            {
                _scope.Error("reference.unknown", $"Afectado names {at.Field} '{at.Value}', which no {(isParty ? "Interviniente" : "BienCultural")} of this Solicitud has as its @id.", at, path + "/ref");
                continue;
            }
            _scope.Map(path + "/ref", Conversions.ResolveId, at);
            subjects.Add(new LinkedSubject(new MeasureSubject { Ref = target.Ref, Capacity = capacity }, target, at));
        }
        return subjects;
    }

    /// <summary><c>Resolucion</c>: <c>@clase</c> (required, list <c>orders</c>), <c>@organo</c>, <c>@numero</c>, <c>@fecha</c>, <c>@anexo</c>.</summary>
    private NationalOrder? Order(XmlSourceElement element, string path)
    {
        if (element.One("Resolucion") is not { } order) return null;
        var issuer = _scope.RequiredLookup(path + "/issuedBy", order.Attribute("clase"), _lists.Orders);
        var authority = _scope.Text(path + "/authority", order.Attribute("organo"));
        var reference = _scope.Text(path + "/reference", order.Attribute("numero"));
        var date = _scope.DayFirstDate(path + "/date", order.Attribute("fecha"));
        var file = _scope.Text(path + "/attachmentFileName", order.Attribute("anexo"));
        return issuer is null ? null : new NationalOrder { IssuedBy = issuer.Canonical<OrderIssuer>("issuer"), Authority = authority, Reference = reference, Date = date, AttachmentFileName = file };
    }

    private sealed record LinkedSubject(MeasureSubject Subject, LocalTarget Target, SourceLocation At);
}
