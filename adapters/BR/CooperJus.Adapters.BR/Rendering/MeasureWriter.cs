using System.Text.Json;
using CooperJus.Adapters.BR.Mapping;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;
using static CooperJus.Adapters.BR.Rendering.JsonWriting;

namespace CooperJus.Adapters.BR.Rendering;

/// <summary>
/// Writes <c>diligencias</c>: the type through <c>measures.csv</c> backwards, the alvos, and the particulars. A
/// subject's capacity has no place of its own: reading derives it from <c>subject-capacities.csv</c>, so a capacity
/// the table would not give is reported; so is a hearing's capacity.
/// </summary>
internal sealed class MeasureWriter
{
    private readonly BrazilCodeLists _lists;
    private readonly RenderScope _scope;

    public MeasureWriter(BrazilCodeLists lists, RenderScope scope)
    {
        _lists = lists;
        _scope = scope;
    }

    public void Write(Utf8JsonWriter writer, CooperationRequest request)
    {
        writer.WriteStartArray("diligencias");
        for (var i = 0; i < request.Measures.Count; i++) WriteMeasure(writer, request, request.Measures[i], $"/measures/{i}");
        writer.WriteEndArray();
    }

    private void WriteMeasure(Utf8JsonWriter writer, CooperationRequest request, Measure measure, string path)
    {
        var (code, codeModality) = MeasureCode(request, measure, path);
        writer.WriteStartObject();
        writer.WriteString("tipo", code);
        Optional(writer, "descricao", measure.Description);
        Optional(writer, "finalidade", measure.Purpose);
        Strings(writer, "alvos", measure.Subjects.Select(s => s.Ref));
        if (measure.Banking is { } banking) WriteBanking(writer, banking);
        if (measure.Telecom is { } telecom) WriteTelecom(writer, telecom);
        if (measure.Hearing is { } hearing) WriteHearing(writer, hearing, codeModality, path + "/hearing");
        if (measure.NationalOrder is { } order) WriteOrder(writer, order);
        Optional(writer, "formalidades", measure.Formalities);
        Optional(writer, "prazo", measure.RespondBy);
        writer.WriteEndObject();
        NoteCapacities(request, measure, path);
    }

    /// <summary>
    /// The measure's own national code when reading it back gives the same type and hearing modality, else the type's
    /// preferred code; with the modality that code implies (OITIVA_VIDEOCONFERENCIA), if any.
    /// </summary>
    private (string Code, HearingModality? Modality) MeasureCode(CooperationRequest request, Measure measure, string path)
    {
        var own = _lists.Measures.Find(measure.NationalCode);
        if (own is not null)
        {
            var type = BrazilCodeLists.Canonical<MeasureType>(own, BrazilCodeLists.MeasureColumn);
            var modality = BrazilCodeLists.Canonical<HearingModality>(own, BrazilCodeLists.ModalityColumn);
            if (modality is not null && type == MeasureType.WitnessHearing && FirstSubjectIsCharged(request, measure)) type = MeasureType.SuspectHearing;
            if (type == measure.Type && (modality is null || modality == measure.Hearing?.Modality)) return (own.Key, modality);
        }
        if (measure.NationalCode is not null) _scope.Altered(path + "/nationalCode", "it is not a code of code list 'measures' for this measure: the layout's own code is written, and reads back as the national code.");
        var preferred = _lists.Measures.Entries.First(e =>
            BrazilCodeLists.Canonical<MeasureType>(e, BrazilCodeLists.MeasureColumn) == measure.Type && e[BrazilCodeLists.ModalityColumn] is null);
        return (preferred.Key, null);
    }

    private static bool FirstSubjectIsCharged(CooperationRequest request, Measure measure) =>
        measure.Subjects.Count > 0 && request.Persons.FirstOrDefault(p => p.Ref == measure.Subjects[0].Ref) is { Role: PersonRole.Suspect or PersonRole.Accused };

    private void WriteBanking(Utf8JsonWriter writer, BankingParticulars banking)
    {
        writer.WriteStartObject("bancario");
        if (banking.AccountRefs.Count > 0) Strings(writer, "contas", banking.AccountRefs);
        WritePeriod(writer, "periodo", banking.Period);
        if (banking.DocumentTypes.Count > 0)
            Strings(writer, "documentos", banking.DocumentTypes.Select(d => BrazilCodeLists.NationalCode(_lists.BankDocuments, BrazilCodeLists.DocumentColumn, d)!));
        writer.WriteEndObject();
    }

    private void WriteTelecom(Utf8JsonWriter writer, TelecomParticulars telecom)
    {
        writer.WriteStartObject("telefonia");
        if (telecom.Identifiers.Count > 0)
        {
            writer.WriteStartArray("identificadores");
            foreach (var identifier in telecom.Identifiers)
            {
                writer.WriteStartObject();
                writer.WriteString("tipo", BrazilCodeLists.NationalCode(_lists.TelecomIdentifiers, BrazilCodeLists.IdentifierColumn, identifier.Type));
                writer.WriteString("valor", identifier.Value);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        WritePeriod(writer, "periodo", telecom.Period);
        writer.WriteEndObject();
    }

    /// <summary>The oitiva; left out when it would say only the modality the code already says.</summary>
    private void WriteHearing(Utf8JsonWriter writer, HearingParticulars hearing, HearingModality? codeModality, string path)
    {
        if (hearing.Capacity is { } capacity)
            _scope.NotCarried(path + "/capacity", $"the layout has no capacity in which the person is heard ({CanonicalCodes.ToCode(capacity)}): the diligência's tipo and the envolvido's papel say it.");
        var modality = hearing.Modality == codeModality ? null : hearing.Modality;
        if (modality is null && hearing.Questions.Count == 0 && hearing.UnderOath is null && hearing.SuspectConsent is null && codeModality is not null) return;
        writer.WriteStartObject("oitiva");
        if (modality is { } written) writer.WriteString("modalidade", BrazilCodeLists.NationalCode(_lists.HearingModalities, BrazilCodeLists.ModalityColumn, written));
        if (hearing.Questions.Count > 0) Strings(writer, "perguntas", hearing.Questions);
        if (hearing.UnderOath is { } oath) writer.WriteBoolean("compromisso", oath);
        if (hearing.SuspectConsent is { } consent) writer.WriteBoolean("consentimento", consent);
        writer.WriteEndObject();
    }

    private void WriteOrder(Utf8JsonWriter writer, NationalOrder order)
    {
        writer.WriteStartObject("ordem");
        writer.WriteString("tipo", BrazilCodeLists.NationalCode(_lists.OrderIssuers, BrazilCodeLists.IssuerColumn, order.IssuedBy));
        Optional(writer, "orgao", order.Authority);
        Optional(writer, "numero", order.Reference);
        Optional(writer, "data", order.Date);
        Optional(writer, "anexo", order.AttachmentFileName);
        writer.WriteEndObject();
    }

    private static void WritePeriod(Utf8JsonWriter writer, string name, DateRange? period)
    {
        if (period is null) return;
        writer.WriteStartObject(name);
        Optional(writer, "inicio", period.Start);
        Optional(writer, "fim", period.End);
        writer.WriteEndObject();
    }

    /// <summary>A capacity other than the one reading would derive from the measure type and the kind of alvo.</summary>
    private void NoteCapacities(CooperationRequest request, Measure measure, string path)
    {
        for (var i = 0; i < measure.Subjects.Count; i++)
        {
            var subject = measure.Subjects[i];
            var derived = KindOf(request, subject.Ref) is { } kind ? _lists.Capacity(measure.Type, kind) : null;
            // A subject given without a capacity reads back with the derived one: that is a change too.
            if (derived != subject.Capacity)
                _scope.Altered($"{path}/subjects/{i}/capacity", $"the layout has no capacity of an alvo: reading derives it from the tipo and the kind of alvo, as {(derived is null ? "none" : CanonicalCodes.ToCode(derived.Value))}.");
        }
    }

    private static AlvoKind? KindOf(CooperationRequest request, string reference)
    {
        if (request.Persons.Any(p => p.Ref == reference)) return AlvoKind.Person;
        if (request.Organisations.Any(o => o.Ref == reference)) return AlvoKind.Organisation;
        if (request.Assets.Any(a => a.Ref == reference)) return AlvoKind.Asset;
        return null;
    }
}
