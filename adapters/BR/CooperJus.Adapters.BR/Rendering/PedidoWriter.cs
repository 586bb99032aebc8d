using System.Text.Json;
using CooperJus.Adapters.BR.Conversions;
using CooperJus.Adapters.BR.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using static CooperJus.Adapters.BR.Rendering.JsonWriting;

namespace CooperJus.Adapters.BR.Rendering;

/// <summary>Writes one canonical request as a pedido: the reverse of the mapping, code lists read backwards.</summary>
internal sealed class PedidoWriter
{
    private static readonly MeasureType[] AssetRecoveryMeasures = [MeasureType.AssetFreezing, MeasureType.AssetConfiscation];

    private readonly BrazilCodeLists _lists;
    private readonly RenderNotes _notes;
    private readonly PartyWriter _parties;
    private readonly AssetWriter _assets;
    private readonly MeasureWriter _measures;
    private readonly AttachmentWriter _attachments;

    public PedidoWriter(BrazilCodeLists lists, RenderNotes notes)
    {
        _lists = lists;
        _notes = notes;
        _parties = new PartyWriter(lists, notes);
        _assets = new AssetWriter(lists, notes);
        _measures = new MeasureWriter(lists, notes);
        _attachments = new AttachmentWriter(lists, notes);
    }

    public void Write(Utf8JsonWriter writer, CooperationRequest request, DateTimeOffset generatedAt)
    {
        _notes.Begin(request.RequestId);
        writer.WriteStartObject();
        WriteReferences(writer, request);
        WriteAuthorities(writer, request);
        WriteTerms(writer, request);
        WriteOffences(writer, request);
        Optional(writer, "duplaIncriminacao", request.DualCriminality?.Statement);
        writer.WriteString("resumoFatos", request.Facts.Summary);
        WritePeriod(writer, request.Facts);
        _measures.Write(writer, request);
        _parties.Write(writer, request);
        _assets.Write(writer, request);
        _attachments.Write(writer, request);
        writer.WriteEndObject();
        NoteRequestLevel(request, generatedAt);
    }

    private void WriteReferences(Utf8JsonWriter writer, CooperationRequest request)
    {
        var issuing = request.IssuingAuthority;
        var idPedido = issuing.RequestReference ?? request.RequestId;
        writer.WriteString("idPedido", idPedido);
        if (RequestIds.FromNationalReference("BR", UnicoFileReader.NationalSystem, idPedido) != request.RequestId)
            _notes.NotCarried("/requestId", $"the request id (reading derives it from idPedido '{idPedido}')");
        writer.WriteString("numeroProcedimento", issuing.CaseReference);
        Optional(writer, "numeroProcessoJudicial", request.Proceedings?.CourtCaseNumber);
        Optional(writer, "dataAssinatura", request.IssuedOn);
        if (!string.Equals(issuing.NationalSystem, UnicoFileReader.NationalSystem, StringComparison.OrdinalIgnoreCase))
            _notes.NotCarried("/issuingAuthority/nationalSystem", $"the national system '{issuing.NationalSystem}'");
        NoteProceedings(request.Proceedings);
    }

    private void WriteAuthorities(Utf8JsonWriter writer, CooperationRequest request)
    {
        var issuing = request.IssuingAuthority;
        Optional(writer, "unidade", issuing.Name ?? issuing.Unit);
        if (issuing.Name is not null && issuing.Unit is not null) _notes.NotCarried("/issuingAuthority/unit", "the issuing unit (unidade holds the authority's name)");
        if (issuing.Country != "BR") _notes.NotCarried("/issuingAuthority/country", $"the issuing country {issuing.Country} (the layout's issuing authority is always Brazilian)");
        if (issuing.Officer is not null || issuing.Contact is not null)
        {
            writer.WriteStartObject("membro");
            Optional(writer, "nome", issuing.Officer?.Name);
            Optional(writer, "cargo", issuing.Officer?.Role);
            Optional(writer, "email", issuing.Contact?.Email);
            Optional(writer, "telefone", issuing.Contact?.Phone);
            writer.WriteEndObject();
        }
        var requested = request.RequestedAuthority;
        Country(writer, "paisRequerido", requested.Country);
        Optional(writer, "autoridadeRequerida", requested.Name);
        if (request.Channel is { } channel)
        {
            writer.WriteStartObject("canal");
            writer.WriteString("tipo", BrazilCodeLists.NationalCode(_lists.Channels, BrazilCodeLists.ChannelColumn, channel.Kind));
            Optional(writer, "instrumento", channel.Instrument);
            writer.WriteEndObject();
        }
        if (requested.Unit is not null) _notes.NotCarried("/requestedAuthority/unit", "the requested unit");
        if (requested.Officer is not null) _notes.NotCarried("/requestedAuthority/officer", "the requested authority's officer");
        if (requested.Contact is not null) _notes.NotCarried("/requestedAuthority/contact", "the requested authority's contact");
        if (request.ValidatingAuthority is not null) _notes.NotCarried("/validatingAuthority", "the validating authority");
    }

    private void WriteTerms(Utf8JsonWriter writer, CooperationRequest request)
    {
        writer.WriteStartArray("fundamentos");
        for (var i = 0; i < request.LegalBasis.Count; i++) WriteLegalBasis(writer, request.LegalBasis[i], $"/legalBasis/{i}");
        writer.WriteEndArray();
        var urgency = request.Urgency;
        var level = urgency.Level == UrgencyLevel.VeryUrgent ? UrgencyLevel.Urgent : urgency.Level;
        if (level != urgency.Level) _notes.Approximated("/urgency/level", "very-urgent is written as URGENTE, the most urgent level of the layout.");
        writer.WriteString("urgencia", BrazilCodeLists.NationalCode(_lists.Urgency, BrazilCodeLists.LevelColumn, level));
        if (urgency.Grounds.Count > 0)
            Strings(writer, "motivosUrgencia", urgency.Grounds.Select(g => BrazilCodeLists.NationalCode(_lists.UrgencyGrounds, BrazilCodeLists.GroundColumn, g)!));
        Optional(writer, "urgenciaMotivo", urgency.Reason);
        WriteDeadline(writer, urgency.Deadlines);
        writer.WriteBoolean("sigilo", request.Confidentiality.Confidential);
        Optional(writer, "sigiloMotivo", request.Confidentiality.Reason);
    }

    /// <summary>The first deadline to execute is prazoResposta (and its reason); the layout has no other deadline.</summary>
    private void WriteDeadline(Utf8JsonWriter writer, IReadOnlyList<Deadline> deadlines)
    {
        Deadline? written = null;
        for (var i = 0; i < deadlines.Count; i++)
        {
            var deadline = deadlines[i];
            if (written is null && deadline.Kind == DeadlineKind.Execute)
            {
                written = deadline;
                Optional(writer, "prazoResposta", deadline.By);
                Optional(writer, "prazoRespostaMotivo", deadline.Reason);
            }
            else
            {
                _notes.NotCarried($"/urgency/deadlines/{i}", $"a deadline to {CanonicalCodes.ToCode(deadline.Kind)} by {deadline.By:yyyy-MM-dd} (the layout has one prazoResposta, to execute)");
            }
        }
    }

    private void WriteLegalBasis(Utf8JsonWriter writer, LegalBasis basis, string path)
    {
        var entry = _lists.Instruments.Entries.FirstOrDefault(e =>
            e[BrazilCodeLists.InstrumentColumn] == basis.Instrument && BrazilCodeLists.Parties(e).Order().SequenceEqual(basis.Parties.Order()));
        if (entry is null)
        {
            _notes.NotCarried(path, $"the legal basis '{basis.Instrument}' {string.Join("-", basis.Parties)} (not in code list 'instruments')");
            return;
        }
        writer.WriteStringValue(entry.Key);
        if (basis.Articles.Count > 0) _notes.NotCarried(path + "/articles", "the articles of a legal basis");
    }

    private void WriteOffences(Utf8JsonWriter writer, CooperationRequest request)
    {
        writer.WriteStartArray("crimes");
        for (var i = 0; i < request.Offences.Count; i++)
        {
            var offence = request.Offences[i];
            var path = $"/offences/{i}";
            var (diploma, artigo) = OffenceKeys.Split(offence.NationalCode);
            writer.WriteStartObject();
            writer.WriteString("diploma", diploma);
            Optional(writer, "artigo", artigo);
            Optional(writer, "descricao", offence.NationalWording);
            Optional(writer, "penaMaxima", offence.MaximumPenalty);
            writer.WriteEndObject();
            if (offence.LegalProvision is not null && offence.LegalProvision != offence.NationalCode)
                _notes.NotCarried(path + "/legalProvision", "a legal provision other than the national code");
            if (offence.MaximumCustodialMonths is not null) _notes.NotCarried(path + "/maximumCustodialMonths", "the maximum custodial penalty in months (penaMaxima is text)");
            var iccs = _lists.Offences.Find(OffenceKeys.LookupKey(diploma, artigo, _lists.Diplomas))?[BrazilCodeLists.IccsColumn];
            if (offence.IccsCode is not null && offence.IccsCode != iccs)
                _notes.NotCarried(path + "/iccsCode", $"ICCS code {offence.IccsCode} (reading classifies '{offence.NationalCode}' through code list 'offences')");
        }
        writer.WriteEndArray();
    }

    private void WritePeriod(Utf8JsonWriter writer, Facts facts)
    {
        if (facts.Period is { } period)
        {
            writer.WriteStartObject("periodoFatos");
            Optional(writer, "inicio", period.Start);
            Optional(writer, "fim", period.End);
            writer.WriteEndObject();
        }
        if (facts.Place is not null) _notes.NotCarried("/facts/place", "the place of the facts");
    }

    private void NoteProceedings(Proceedings? proceedings)
    {
        if (proceedings is null) return;
        if (proceedings.Type != ProceedingsType.CriminalInvestigation) _notes.NotCarried("/proceedings/type", $"the stage of proceedings '{CanonicalCodes.ToCode(proceedings.Type)}'");
        if (proceedings.NationalType is not null) _notes.NotCarried("/proceedings/nationalType", "the national class of proceedings");
        if (proceedings.Court is not null) _notes.NotCarried("/proceedings/court", "the court");
        if (proceedings.RelatedRequests.Count > 0) _notes.NotCarried("/proceedings/relatedRequests", "the related requests");
    }

    private void NoteRequestLevel(CooperationRequest request, DateTimeOffset generatedAt)
    {
        var derivedKind = request.Measures.Any(m => AssetRecoveryMeasures.Contains(m.Type)) ? RequestKind.AssetRecovery : RequestKind.MutualLegalAssistance;
        if (request.Kind != derivedKind) _notes.NotCarried("/kind", $"the kind '{CanonicalCodes.ToCode(request.Kind)}' (reading derives it from the measures)");
        if (request.CreatedAt != generatedAt || request.CreatedAt.Offset != generatedAt.Offset)
            _notes.NotCarried("/createdAt", "a creation time other than the file's geradoEm");
        if (request.Language != "pt") _notes.NotCarried("/language", $"the language '{request.Language}' of the free text (the layout assumes Portuguese)");
        if (request.DataProtection is not null) _notes.NotCarried("/dataProtection", "the legal basis of the transfer of personal data and its onward-transfer conditions");
        if (request.ExecutionConditions is not null) _notes.NotCarried("/executionConditions", "the conditions of execution (presence of officials, formalities)");
    }
}
