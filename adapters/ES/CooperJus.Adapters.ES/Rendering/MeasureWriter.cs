using CooperJus.Adapters.ES.Mapping;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.ES.Rendering;

/// <summary>
/// Measures → <c>Diligencia</c> elements: <c>@tipo</c>, <c>@modalidad</c>, the description as text, then
/// <c>Finalidad</c>, <c>Afectado</c>* and <c>Resolucion</c>. Banking and telecom particulars, and a hearing's questions,
/// oath and consent, have no place in Fortuny and are reported.
/// </summary>
internal sealed class MeasureWriter
{
    private readonly XmlRenderOutput _out;
    private readonly SpainCodeLists _lists;
    private readonly RenderScope _scope;
    private readonly RenderRefs _refs;

    public MeasureWriter(XmlRenderOutput output, SpainCodeLists lists, RenderScope scope, RenderRefs refs)
    {
        _out = output;
        _lists = lists;
        _scope = scope;
        _refs = refs;
    }

    public void Write(IReadOnlyList<Measure> measures)
    {
        if (measures.Count == 0) _scope.RequiredMissing("/measures", "Fortuny requires at least one Diligencia: the file will not read back.");
        for (var i = 0; i < measures.Count; i++) Write(measures[i], $"/measures/{i}");
    }

    private void Write(Measure measure, string path)
    {
        var firstPersonRole = measure.Subjects.Count > 0 && _refs.Subject(measure.Subjects[0].Ref) is not null ? _refs.PersonRole(measure.Subjects[0].Ref) : null;
        var entry = MeasureEntry(measure, firstPersonRole, path);
        _out.Start("Diligencia");
        _out.Code("tipo", entry.Key);
        Modality(measure, entry, path);
        _out.Text(measure.Description, path + "/description");
        _out.Element("Finalidad", measure.Purpose, path + "/purpose");
        Subjects(measure.Subjects, path + "/subjects");
        Order(measure.NationalOrder, path + "/nationalOrder");
        _out.End();
        Capacity(measure, firstPersonRole, path + "/hearing");
        _scope.NotCarriedIfPresent(path + "/banking", "Fortuny's Diligencia has no banking particulars (say the accounts and period in its text).");
        _scope.NotCarriedIfPresent(path + "/telecom", "Fortuny's Diligencia has no telecom particulars (say the lines and period in its text).");
        _scope.NotCarriedIfPresent(path + "/hearing/questions", "Fortuny has no list of questions (send them as Anexo).");
        _scope.NotCarriedIfPresent(path + "/hearing/underOath", "Fortuny does not say whether the person is heard under oath.");
        _scope.NotCarriedIfPresent(path + "/hearing/suspectConsent", "Fortuny does not record a suspect's consent.");
        _scope.NotCarriedIfPresent(path + "/formalities", "Fortuny has no formalities per measure (Formalidades is for the whole request).");
        _scope.NotCarriedIfPresent(path + "/respondBy", "Fortuny has one deadline per request (FechaLimite).");
    }

    /// <summary>
    /// The code written: the canonical national code when it reads back as the same type, else the first code of the
    /// type. VIDEOCONFERENCIA reads back as a suspect hearing when its first person is a suspect or accused.
    /// </summary>
    private CodeListEntry MeasureEntry(Measure measure, PersonRole? firstPersonRole, string path)
    {
        var type = CanonicalCodes.ToCode(measure.Type);
        if (measure.NationalCode is { } written && SolicitudWriter.IsCode(written) && _lists.Measures.Find(written) is { } named && RereadType(named, firstPersonRole) == measure.Type)
            return named;
        // The list is checked at load to have a code without modality for every measure type.
        var entry = _lists.Measures.FindBy(("type", type), ("modality", null))
            ?? throw new InvalidOperationException($"Code list 'measures' has no code for {type} without a modality.");
        _scope.Altered(path + "/nationalCode", measure.NationalCode is null
            ? $"it is empty: the measure is written as {entry.Key}, which reads back as its national code."
            : $"it is not a Fortuny code for {type}: written as {entry.Key}.");
        return entry;
    }

    private static MeasureType RereadType(CodeListEntry entry, PersonRole? firstPersonRole) =>
        entry["modality"] is not null && firstPersonRole is PersonRole.Suspect or PersonRole.Accused
            ? MeasureType.SuspectHearing
            : entry.Canonical<MeasureType>("type");

    private void Modality(Measure measure, CodeListEntry entry, string path)
    {
        if (measure.Hearing?.Modality is not { } modality) return;
        var code = CanonicalCodes.ToCode(modality);
        if (measure.Type is not (MeasureType.WitnessHearing or MeasureType.SuspectHearing))
        {
            _scope.NotCarried(path + "/hearing/modality", $"Fortuny's @modalidad applies to hearings only, not to {entry.Key}.");
            return;
        }
        if (entry["modality"] == code) return;
        _out.Code("modalidad", _lists.HearingModalities.FindBy("modality", code)!.Key);
    }

    /// <summary>The capacity of the person heard reads back from the condición of the first person the Diligencia names.</summary>
    private void Capacity(Measure measure, PersonRole? firstPersonRole, string path)
    {
        if (measure.Type is not (MeasureType.WitnessHearing or MeasureType.SuspectHearing)) return;
        var reread = HearingCapacities.Of(firstPersonRole);
        var capacity = measure.Hearing?.Capacity;
        if (capacity == reread) return;
        var rereadText = reread is { } value ? CanonicalCodes.ToCode(value) : "empty";
        if (capacity is null) _scope.Altered(path + "/capacity", $"it is empty: Fortuny gives a hearing the condición of the first person it names, so it reads back as {rereadText}.");
        else _scope.NotCarried(path + "/capacity", $"Fortuny gives a hearing the condición of the first person it names, so it reads back as {rereadText}.");
    }

    private void Subjects(IReadOnlyList<MeasureSubject> subjects, string listPath)
    {
        for (var i = 0; i < subjects.Count; i++)
        {
            var path = $"{listPath}/{i}";
            if (_refs.Subject(subjects[i].Ref) is not { } target)
            {
                _scope.NotCarried(path, $"it names no person, organisation or cultural object Fortuny writes (say it in the Diligencia's text).");
                continue;
            }
            _out.Start("Afectado");
            _out.Code(target.Attribute, target.Id);
            if (subjects[i].Capacity is { } capacity) _out.Code("calidad", _lists.Capacities.FindBy("capacity", CanonicalCodes.ToCode(capacity))!.Key);
            _out.End();
        }
    }

    private void Order(NationalOrder? order, string path)
    {
        if (order is null) return;
        _out.Start("Resolucion");
        _out.Code("clase", _lists.Orders.FindBy("issuer", CanonicalCodes.ToCode(order.IssuedBy))!.Key);
        _out.Attribute("organo", order.Authority, path + "/authority");
        _out.Attribute("numero", order.Reference, path + "/reference");
        _out.Attribute("fecha", order.Date is { } date ? Dates.FormatDayFirst(date) : null, path + "/date");
        _out.Attribute("anexo", order.AttachmentFileName, path + "/attachmentFileName");
        _out.End();
    }
}
