using System.Text.Json;
using CooperJus.Adapters.BR.Conversions;
using CooperJus.Adapters.BR.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;
using static CooperJus.Adapters.BR.Rendering.JsonWriting;

namespace CooperJus.Adapters.BR.Rendering;

/// <summary>Writes one canonical request as a pedido: the reverse of the mapping, code lists read backwards.</summary>
internal sealed class PedidoWriter
{
    private static readonly MeasureType[] AssetRecoveryMeasures = [MeasureType.AssetFreezing, MeasureType.AssetConfiscation];

    private readonly BrazilCodeLists _lists;
    private readonly RenderScope _scope;
    private readonly PartyWriter _parties;
    private readonly AssetWriter _assets;
    private readonly MeasureWriter _measures;
    private readonly AttachmentWriter _attachments;

    public PedidoWriter(BrazilCodeLists lists, RenderScope scope)
    {
        _lists = lists;
        _scope = scope;
        _parties = new PartyWriter(lists, scope);
        _assets = new AssetWriter(lists, scope);
        _measures = new MeasureWriter(lists, scope);
        _attachments = new AttachmentWriter(lists, scope);
    }

    public void Write(Utf8JsonWriter writer, CooperationRequest request, DateTimeOffset generatedAt)
    {
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
        // idGateway only when idPedido does not give the id: an export of the Sistema Único's own pedidos stays as it was.
        if (!RequestIds.IsDerivedFrom(request.RequestId, "BR", UnicoFileReader.NationalSystem, idPedido)) writer.WriteString(UnicoFileReader.GatewayIdProperty, request.RequestId);
        writer.WriteString("numeroProcedimento", issuing.CaseReference);
        Optional(writer, "numeroProcessoJudicial", IsCnjNumber(request.Proceedings?.CourtCaseNumber) ? request.Proceedings!.CourtCaseNumber : null);
        Optional(writer, "dataAssinatura", request.IssuedOn);
        if (!string.Equals(issuing.NationalSystem, UnicoFileReader.NationalSystem, StringComparison.OrdinalIgnoreCase))
            _scope.NotCarried("/issuingAuthority/nationalSystem", $"it reads back as {UnicoFileReader.NationalSystem}.");
        NoteProceedings(request.Proceedings);
    }

    private void WriteAuthorities(Utf8JsonWriter writer, CooperationRequest request)
    {
        var issuing = request.IssuingAuthority;
        Optional(writer, "unidade", issuing.Name ?? issuing.Unit);
        if (issuing.Name is not null && issuing.Unit is not null) _scope.NotCarried("/issuingAuthority/unit", "unidade holds the authority's name.");
        if (issuing.Country != "BR") _scope.NotCarried("/issuingAuthority/country", "the layout's issuing authority is always Brazilian; it reads back as BR.");
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
    }

    private void WriteTerms(Utf8JsonWriter writer, CooperationRequest request)
    {
        writer.WriteStartArray("fundamentos");
        for (var i = 0; i < request.LegalBasis.Count; i++) WriteLegalBasis(writer, request.LegalBasis[i], $"/legalBasis/{i}");
        writer.WriteEndArray();
        var urgency = request.Urgency;
        var level = urgency.Level == UrgencyLevel.VeryUrgent ? UrgencyLevel.Urgent : urgency.Level;
        if (level != urgency.Level) _scope.Altered("/urgency/level", "it is written as URGENTE, the most urgent level of the layout, and reads back as urgent.");
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
                _scope.NotCarried($"/urgency/deadlines/{i}", "the layout has one deadline, prazoResposta, to execute.");
            }
        }
    }

    private void WriteLegalBasis(Utf8JsonWriter writer, LegalBasis basis, string path)
    {
        var entry = _lists.Instruments.Entries.FirstOrDefault(e =>
            e[BrazilCodeLists.InstrumentColumn] == basis.Instrument && BrazilCodeLists.Parties(e).Order().SequenceEqual(basis.Parties.Order()));
        if (entry is null)
        {
            _scope.NotCarried(path, "code list 'instruments' has no code for it.");
            return;
        }
        writer.WriteStringValue(entry.Key);
        var parties = BrazilCodeLists.Parties(entry);
        if (!parties.SequenceEqual(basis.Parties))
            _scope.Altered(path + "/parties", $"the code {entry.Key} names the parties in its own order, and reads back as [{string.Join(", ", parties)}].");
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
            // Reading takes the national code as the legal provision: the layout has no other.
            var provision = _lists.OffenceCodes(diploma, artigo).NationalCode;
            if (offence.LegalProvision != provision)
                _scope.Altered(path + "/legalProvision", $"the layout has no legal provision apart from the national code: it reads back as {provision}.");
            var iccs = _lists.Offences.Find(OffenceKeys.LookupKey(diploma, artigo, _lists.Diplomas))?[BrazilCodeLists.IccsColumn];
            if (offence.IccsCode is not null && offence.IccsCode != iccs)
            {
                if (iccs is null) _scope.NotCarried(path + "/iccsCode", $"the layout writes the national code only, and code list 'offences' does not classify '{offence.NationalCode}'.");
                else _scope.Altered(path + "/iccsCode", $"the layout writes the national code only, and code list 'offences' classifies '{offence.NationalCode}' as {iccs}.");
            }
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
    }

    private static bool IsCnjNumber(string? number) => !string.IsNullOrWhiteSpace(number) && CnjNumber.Validate(number, out _, out _);

    private void NoteProceedings(Proceedings? proceedings)
    {
        if (proceedings is null) return;
        if (string.IsNullOrWhiteSpace(proceedings.CourtCaseNumber))
        {
            _scope.NotCarried("/proceedings", "the layout describes proceedings only by numeroProcessoJudicial; without a court case number they are left out.");
            return;
        }
        if (!IsCnjNumber(proceedings.CourtCaseNumber))
        {
            // A foreign court's number (Uruguay's IUE, a Chilean RIT) would make the reader refuse the pedido (br.cnj-format).
            _scope.NotCarried("/proceedings", "numeroProcessoJudicial holds only a Brazilian court number in CNJ form, and this one is not: the proceedings are left out.");
            return;
        }
        if (proceedings.Type != ProceedingsType.CriminalInvestigation) _scope.NotCarried("/proceedings/type", "the layout has no stage of proceedings; it reads back as criminal-investigation.");
    }

    private void NoteRequestLevel(CooperationRequest request, DateTimeOffset generatedAt)
    {
        var derivedKind = request.Measures.Any(m => AssetRecoveryMeasures.Contains(m.Type)) ? RequestKind.AssetRecovery : RequestKind.MutualLegalAssistance;
        if (request.Kind != derivedKind) _scope.Altered("/kind", $"the layout has no kind of request: reading derives it from the measures, as {CanonicalCodes.ToCode(derivedKind)}.");
        if (request.CreatedAt != generatedAt || request.CreatedAt.Offset != generatedAt.Offset)
            _scope.Altered("/createdAt", $"the layout has one creation time per file (geradoEm): it reads back as {IsoInstant.Format(generatedAt)}.");
        if (request.Language != "pt") _scope.NotCarried("/language", "the layout assumes Portuguese: the free text is written as it is, but it reads back as pt.");
    }
}
