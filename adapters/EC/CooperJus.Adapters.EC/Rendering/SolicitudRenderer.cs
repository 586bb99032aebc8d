using System.Text.Json;
using CooperJus.Adapters.EC.Mapping;
using CooperJus.Adapters.EC.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;
using static CooperJus.Adapters.EC.Rendering.JsonWriting;

namespace CooperJus.Adapters.EC.Rendering;

/// <summary>
/// Writes canonical requests (usually requests from abroad) as one SIAF solicitudes export, each request in a
/// <see cref="RenderScope"/>: whatever the export has no place for is reported by the scope, and whatever would read
/// back changed is reported here as <c>render.altered</c>. Nothing is written that reading would refuse.
/// </summary>
internal sealed class SolicitudRenderer(NationalCodeLists lists, TimeProvider clock)
{
    public RenderReport Render(IReadOnlyList<CooperationRequest> requests, Stream output)
    {
        var warnings = new List<Problem>();
        using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartObject();
        writer.WriteString(SiafExportReader.VersionField, NationalDefaults.FormatVersion);
        writer.WriteString(SiafExportReader.SystemField, NationalDefaults.NationalSystem);
        writer.WriteString(SiafExportReader.GeneratedField, Conversions.FormatInstant(clock.GetUtcNow()));
        writer.WriteStartArray("solicitudes");
        for (var i = 0; i < requests.Count; i++)
        {
            var scope = new RenderScope(requests[i], i, SiafCarriedPaths.FormatName, SiafCarriedPaths.Requests);
            Write(writer, requests[i], scope);
            warnings.AddRange(scope.Complete());
            // One solicitud at a time reaches the stream: a long export is never held whole.
            writer.Flush();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        return new RenderReport { RequestsWritten = requests.Count, Warnings = warnings };
    }

    private void Write(Utf8JsonWriter writer, CooperationRequest request, RenderScope scope)
    {
        writer.WriteStartObject();
        WriteIdentity(writer, request, scope);
        writer.WriteString("fechaRegistro", Conversions.FormatInstant(request.CreatedAt));
        Optional(writer, "fechaOficio", request.IssuedOn);
        WriteFiscalia(writer, request.IssuingAuthority);
        writer.WriteStartObject("requerido");
        Country(writer, "pais", request.RequestedAuthority.Country);
        Optional(writer, "autoridad", request.RequestedAuthority.Name);
        writer.WriteEndObject();
        WriteTerms(writer, request, scope);
        WriteFacts(writer, request.Facts, scope);
        WriteOffences(writer, request.Offences, scope);
        var written = new PartyWriter(lists, scope).Write(writer, request);
        new MeasureWriter(lists, scope).Write(writer, request.Measures, written);
        Default(scope, "/kind", CanonicalCodes.ToCode(request.Kind), CanonicalCodes.ToCode(RequestKind.MutualLegalAssistance));
        Default(scope, "/language", request.Language, NationalDefaults.Language);
        Default(scope, "/issuingAuthority/nationalSystem", request.IssuingAuthority.NationalSystem, NationalDefaults.NationalSystem);
        writer.WriteEndObject();
    }

    /// <summary>
    /// <c>idSolicitud</c>, <c>idPasarela</c> (the canonical id, when the reference would not give it back), and the case
    /// number: an NDD in <c>noticiaDelDelito</c>, any other (a foreign authority's) in <c>expedienteExterno</c>.
    /// </summary>
    private static void WriteIdentity(Utf8JsonWriter writer, CooperationRequest request, RenderScope scope)
    {
        var issuer = request.IssuingAuthority;
        var reference = issuer.RequestReference ?? request.RequestId;
        if (issuer.RequestReference is null) scope.Altered("/issuingAuthority/requestReference", $"the export names a request by its idSolicitud, so it reads back as {reference}.");
        writer.WriteString("idSolicitud", reference);
        if (!RequestIds.IsDerivedFrom(request.RequestId, NationalDefaults.Country, NationalDefaults.NationalSystem, reference))
            writer.WriteString(SolicitudMapper.GatewayIdField, request.RequestId);
        var isNdd = NddNumbers.Problem(issuer.CaseReference) is null;
        writer.WriteString(isNdd ? "noticiaDelDelito" : "expedienteExterno", issuer.CaseReference);
    }

    private static void WriteFiscalia(Utf8JsonWriter writer, IssuingAuthority issuer)
    {
        writer.WriteStartObject("fiscalia");
        if (issuer.Country != NationalDefaults.Country) Country(writer, "pais", issuer.Country);
        Optional(writer, "nombre", issuer.Name);
        Optional(writer, "unidad", issuer.Unit);
        if (issuer.Officer is { } officer)
        {
            writer.WriteString("fiscal", officer.Name);
            Optional(writer, "cargo", officer.Role);
        }
        writer.WriteEndObject();
    }

    private void WriteTerms(Utf8JsonWriter writer, CooperationRequest request, RenderScope scope)
    {
        var urgency = request.Urgency;
        writer.WriteString("urgencia", NationalCodeLists.NationalCode(lists.Urgency, "level", urgency.Level));
        Optional(writer, "motivoUrgencia", urgency.Reason);
        if (urgency.Deadlines.Count > 0)
        {
            var deadline = urgency.Deadlines[0];
            writer.WriteString("plazo", Dates.FormatDayFirst(deadline.By));
            if (deadline.Kind != DeadlineKind.Execute) scope.Altered("/urgency/deadlines/0/kind", "the plazo of the export is the date by which execution is asked, so it reads back as execute.");
        }
        writer.WriteBoolean("reservada", request.Confidentiality.Confidential);
        Optional(writer, "motivoReserva", request.Confidentiality.Reason);
    }

    private static void WriteFacts(Utf8JsonWriter writer, Facts facts, RenderScope scope)
    {
        writer.WriteStartObject("hechos");
        writer.WriteString("resumen", facts.Summary);
        Optional(writer, "lugar", facts.Place);
        if (facts.Period is { } period)
        {
            writer.WriteString("periodo", Dates.FormatDayFirstRange(period));
            // A single date reads back as a period of that one day.
            if (period.End is null) scope.Altered("/facts/period/end", "an open-ended period is written as its first day, which reads back as a period of that one day.");
        }
        writer.WriteEndObject();
    }

    private void WriteOffences(Utf8JsonWriter writer, IReadOnlyList<Offence> offences, RenderScope scope)
    {
        if (offences.Count == 0) return;
        writer.WriteStartArray("delitos");
        for (var i = 0; i < offences.Count; i++)
        {
            var offence = offences[i];
            writer.WriteStartObject();
            writer.WriteString("articulo", offence.NationalCode);
            Optional(writer, "descripcion", offence.NationalWording);
            writer.WriteEndObject();
            var entry = lists.Offences.Find(offence.NationalCode);
            Reread(scope, Paths.Item("/offences", i) + "/iccsCode", offence.IccsCode, entry?["iccs"]);
            Reread(scope, Paths.Item("/offences", i) + "/legalProvision", offence.LegalProvision, entry?["provision"]);
        }
        writer.WriteEndArray();
    }

    /// <summary>A field reading fills again from a code list: reported when it would read back otherwise.</summary>
    private static void Reread(RenderScope scope, string path, string? value, string? reread)
    {
        if (value != reread) scope.Altered(path, $"offences.csv gives {reread ?? "nothing"} for the article, which is what reads back.");
    }

    /// <summary>A field the reader fills in itself: reported when the request holds another value.</summary>
    private static void Default(RenderScope scope, string path, string value, string readBack)
    {
        if (value != readBack) scope.Altered(path, $"the export does not carry it, so it reads back as {readBack}.");
    }
}
