using CooperJus.Adapters.UY.Mapping;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;
using F = CooperJus.Adapters.UY.Reading.SippauFields;

namespace CooperJus.Adapters.UY.Rendering;

/// <summary>
/// The reverse of <see cref="RequestMapper"/>: writes one canonical request as a SIPPAU solicitud line, code lists read
/// backwards (the first national code listed for a canonical value is the one written). Whatever would not read back
/// the same is reported on the request's <see cref="RenderScope"/>.
/// </summary>
internal sealed class RequestWriter(NationalCodeLists lists)
{
    private readonly PartyWriter _parties = new(lists);
    private readonly AssetWriter _assets = new();

    public void Write(CooperationRequest request, RenderScope scope, Stream output)
    {
        using var line = new JsonLine(output);
        var issuer = request.IssuingAuthority;
        line.String(F.NumeroSolicitud, issuer.RequestReference ?? request.RequestId);
        if (issuer.RequestReference is null) scope.Altered("/issuingAuthority/requestReference", "the solicitud needs a number, so the request id is written as numeroSolicitud.");
        // The canonical id travels with the solicitud, so a request from abroad keeps its id when read back.
        line.String(F.IdPasarela, request.RequestId);
        line.String(F.NumeroCaso, issuer.CaseReference);
        if (issuer.Country != NationalDefaults.Country) line.String(F.PaisRequirente, issuer.Country);
        line.String(F.Fiscalia, issuer.Name);
        line.String(F.Fiscal, issuer.Officer?.Name);
        line.String(F.Correo, issuer.Contact?.Email);
        line.String(F.FechaHora, Instants.Format(request.CreatedAt));
        line.String(F.PaisRequerido, request.RequestedAuthority.Country);
        line.String(F.AutoridadRequerida, request.RequestedAuthority.Name);
        WriteProceedings(line, request, scope);
        line.String(F.Hechos, request.Facts.Summary);
        line.String(F.LugarHechos, request.Facts.Place);
        line.String(F.PeriodoDesde, request.Facts.Period?.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        line.String(F.PeriodoHasta, request.Facts.Period?.End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        WriteOffences(line, request, scope);
        WriteUrgency(line, request, scope);
        if (request.Confidentiality.Confidential) line.Writer.WriteBoolean(F.Reservado, true);
        line.String(F.MotivoReserva, request.Confidentiality.Reason);
        var written = _parties.Write(line, request, scope);
        written.UnionWith(_assets.Write(line, request, scope, written));
        WriteMeasures(line, request, scope, written);
        Defaults(request, scope);
    }

    private static void WriteProceedings(JsonLine line, CooperationRequest request, RenderScope scope)
    {
        if (request.Proceedings is not { } proceedings) return;
        line.String(F.Iue, proceedings.CourtCaseNumber);
        line.String(F.Juzgado, proceedings.Court);
        if (proceedings.CourtCaseNumber is null && proceedings.Court is null)
            scope.NotCarried("/proceedings", "the export records proceedings only through their IUE or court.");
        else if (proceedings.Type != ProceedingsType.CriminalInvestigation)
            scope.Altered("/proceedings/type", "the export holds requests of the investigation stage, so it reads back as criminal-investigation.");
    }

    /// <summary>Each offence by its code; its ICCS code and provision are written only where offences.csv would not give them back.</summary>
    private void WriteOffences(JsonLine line, CooperationRequest request, RenderScope scope)
    {
        if (request.Offences.Count == 0) return;
        var w = line.Writer;
        w.WriteStartArray(F.Delitos);
        for (var i = 0; i < request.Offences.Count; i++)
        {
            var offence = request.Offences[i];
            var entry = lists.Offences.Find(offence.NationalCode);
            // An empty field is filled from offences.csv on reading.
            if (offence.IccsCode is null) Reread(scope, $"/offences/{i}/iccsCode", null, entry?["iccs"]);
            if (offence.LegalProvision is null) Reread(scope, $"/offences/{i}/legalProvision", null, entry?["provision"]);
            w.WriteStartObject();
            w.WriteString(F.Codigo, offence.NationalCode);
            if (!string.IsNullOrWhiteSpace(offence.NationalWording)) w.WriteString(F.Descripcion, offence.NationalWording);
            if (offence.IccsCode is { } iccs && iccs != entry?["iccs"]) w.WriteString(F.Iccs, iccs);
            if (offence.LegalProvision is { } provision && provision != entry?["provision"]) w.WriteString(F.Norma, provision);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private void WriteUrgency(JsonLine line, CooperationRequest request, RenderScope scope)
    {
        var urgency = request.Urgency;
        if (urgency.Level != UrgencyLevel.Normal)
        {
            if (lists.Urgency.FindBy("level", CanonicalCodes.ToCode(urgency.Level)) is { } entry) line.String(F.Urgencia, entry.Key);
            else scope.Altered("/urgency/level", "urgency.csv has no code for it, so it reads back as normal.");
        }
        line.String(F.MotivoUrgencia, urgency.Reason);
        for (var i = 0; i < urgency.Deadlines.Count; i++)
        {
            var deadline = urgency.Deadlines[i];
            if (i > 0) scope.NotCarried($"/urgency/deadlines/{i}", "the export has one plazo.");
            else if (deadline.Kind != DeadlineKind.Execute) scope.NotCarried("/urgency/deadlines/0", "the export's plazo is the date to execute by.");
            else line.String(F.Plazo, deadline.By.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private void WriteMeasures(JsonLine line, CooperationRequest request, RenderScope scope, HashSet<string> written)
    {
        if (request.Measures.Count == 0) return;
        var w = line.Writer;
        w.WriteStartArray(F.Medidas);
        for (var i = 0; i < request.Measures.Count; i++)
        {
            var measure = request.Measures[i];
            var path = $"/measures/{i}";
            var type = CanonicalCodes.ToCode(measure.Type);
            // The national code as given when it means the same type; otherwise the first code listed for the type.
            var code = measure.NationalCode is { } given && lists.Measures.Find(given)?["type"] == type ? given : lists.Measures.FindBy("type", type)?.Key;
            if (code is null)
            {
                scope.NotCarried(path, $"measures.csv has no code for {type}.");
                continue;
            }
            if (code != measure.NationalCode) scope.Altered(path + "/nationalCode", $"it is written as {code}, the SIPPAU code of {type}.");
            w.WriteStartObject();
            w.WriteString(F.Codigo, code);
            if (!string.IsNullOrWhiteSpace(measure.Description)) w.WriteString(F.Descripcion, measure.Description);
            if (!string.IsNullOrWhiteSpace(measure.Purpose)) w.WriteString(F.Finalidad, measure.Purpose);
            if (measure.NationalOrder is { } order) WriteOrder(w, order, path + "/nationalOrder", scope);
            var subjects = new List<string>();
            for (var s = 0; s < measure.Subjects.Count; s++)
            {
                if (written.Contains(measure.Subjects[s].Ref)) subjects.Add(measure.Subjects[s].Ref);
                else scope.NotCarried($"{path}/subjects/{s}", "it names a party or asset the export could not write.");
            }
            if (subjects.Count > 0)
            {
                w.WriteStartArray(F.Afectados);
                foreach (var subject in subjects) w.WriteStringValue(subject);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private void WriteOrder(System.Text.Json.Utf8JsonWriter w, NationalOrder order, string path, RenderScope scope)
    {
        if (lists.OrderIssuers.FindBy("issuer", CanonicalCodes.ToCode(order.IssuedBy)) is not { } emisor)
        {
            scope.NotCarried(path, "order-issuers.csv has no emisor for it.");
            return;
        }
        w.WriteStartObject(F.Orden);
        w.WriteString(F.Emisor, emisor.Key);
        if (!string.IsNullOrWhiteSpace(order.Authority)) w.WriteString(F.Autoridad, order.Authority);
        if (!string.IsNullOrWhiteSpace(order.Reference)) w.WriteString(F.Numero, order.Reference);
        if (order.Date is { } date) w.WriteString(F.Fecha, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteEndObject();
    }

    /// <summary>The field is filled again from the code list on reading: the same value or a warning.</summary>
    private static void Reread(RenderScope scope, string path, string? value, string? reread)
    {
        if (value != reread) scope.Altered(path, $"offences.csv gives {reread ?? "nothing"} for the national code, which is what reads back.");
    }

    /// <summary>Fields the reader fills in itself: carried when they hold the reader's value.</summary>
    private static void Defaults(CooperationRequest request, RenderScope scope)
    {
        if (request.Kind != RequestKind.MutualLegalAssistance) scope.Altered("/kind", "the export does not carry it, so it reads back as mutual-legal-assistance.");
        if (request.Language != NationalDefaults.Language) scope.Altered("/language", "the export does not carry it, so it reads back as es.");
        if (request.IssuingAuthority.NationalSystem != NationalDefaults.NationalSystem) scope.Altered("/issuingAuthority/nationalSystem", "it reads back as SIPPAU, the system that holds the solicitud.");
    }
}
