using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CooperJus.Adapters.BR.Conversions;
using CooperJus.Adapters.BR.Reading;
using CooperJus.Adapters.BR.Rendering;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;
using static CooperJus.Adapters.BR.Rendering.JsonWriting;

namespace CooperJus.Adapters.BR.Responses;

/// <summary>
/// Writes canonical responses as one respostas file (UTF-8, indented): the pedidos' header, then one resposta per
/// response, each flushed as soon as it is written.
/// </summary>
internal sealed class RespostaRenderer
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Portuguese text stays readable (ç, ã, º) instead of \u escapes; the output is UTF-8 JSON, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal) { ["BRL"] = "R$" };

    private readonly RespostaCodeLists _lists;
    private readonly TimeProvider _clock;

    public RespostaRenderer(RespostaCodeLists lists, TimeProvider clock)
    {
        _lists = lists;
        _clock = clock;
    }

    public RenderReport Render(IReadOnlyList<CooperationResponse> responses, Stream output)
    {
        var notes = new RespostaNotes();
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("versaoLeiaute", UnicoFileReader.SupportedVersion);
        writer.WriteString("sistema", UnicoFileReader.NationalSystem);
        writer.WriteString("geradoEm", IsoInstant.Format(_clock.GetUtcNow()));
        writer.WriteStartArray("respostas");
        foreach (var response in responses)
        {
            notes.Begin(response.ResponseId);
            Write(writer, response, notes);
            writer.Flush();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        return new RenderReport { RequestsWritten = responses.Count, Warnings = notes.Warnings };
    }

    private void Write(Utf8JsonWriter writer, CooperationResponse response, RespostaNotes notes)
    {
        writer.WriteStartObject();
        writer.WriteString("idResposta", response.ResponseId);
        writer.WriteString("idPedidoCanonico", response.InResponseTo);
        writer.WriteString("situacao", Code(_lists.Statuses, RespostaCodeLists.StatusColumn, response.Status));
        writer.WriteString("dataResposta", IsoInstant.Format(response.CreatedAt));
        if (response.RespondingAuthority.Country != "BR")
            notes.NotCarried("/respondingAuthority/country", $"a responding authority outside Brazil ({response.RespondingAuthority.Country})");
        WriteAuthority(writer, response.RespondingAuthority);
        Optional(writer, "numeroProcedimento", response.CaseReference);
        Optional(writer, "mensagem", response.Message);
        if (LanguageWriting.Name(_lists.Pedidos, response.Language) is { } language) writer.WriteString("idioma", language);
        else notes.NotCarried("/language", $"the language '{response.Language}' (not in code list 'languages')");
        if (response.UseLimitations.Count > 0)
        {
            writer.WriteStartArray("limitacoesUso");
            foreach (var limitation in response.UseLimitations)
            {
                writer.WriteStartObject();
                writer.WriteString("tipo", Code(_lists.UseLimitations, RespostaCodeLists.KindColumn, limitation.Kind));
                writer.WriteString("texto", limitation.Text);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (response.Results.Count > 0)
        {
            writer.WriteStartArray("resultados");
            for (var i = 0; i < response.Results.Count; i++) WriteResult(writer, response.Results[i], $"/results/{i}", notes);
            writer.WriteEndArray();
        }
        if (response.Attachments.Count > 0)
        {
            writer.WriteStartArray("anexos");
            for (var i = 0; i < response.Attachments.Count; i++) WriteAttachment(writer, response.Attachments[i], $"/attachments/{i}", notes);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    /// <summary>
    /// The layout refuses a resultado that waits for information without saying what (<c>response.information-needed</c>);
    /// the canonical model allows it, as some national formats have no place for it. Then the summary, which says it in
    /// words, is written as the information needed, and the warning says so.
    /// </summary>
    private static IReadOnlyList<InformationNeeded> InformationNeededAsWritten(ResponseResult result, string path, RespostaNotes notes)
    {
        if (result.Status != ResponseStatus.InformationNeeded || result.InformationNeeded.Count > 0) return result.InformationNeeded;
        notes.Altered(path + "/informationNeeded", "the resultado waits for information without listing it; the layout requires informacoesNecessarias, so the resumo is written there");
        return [new InformationNeeded { Description = result.Summary }];
    }

    private void WriteResult(Utf8JsonWriter writer, ResponseResult result, string path, RespostaNotes notes)
    {
        writer.WriteStartObject();
        if (result.MeasureIndex is { } index) writer.WriteNumber("diligencia", index + 1L);
        writer.WriteString("situacao", Code(_lists.Statuses, RespostaCodeLists.StatusColumn, result.Status));
        writer.WriteString("resumo", result.Summary);
        if (result.RefusalGrounds.Count > 0)
        {
            writer.WriteStartArray("motivosRecusa");
            foreach (var ground in result.RefusalGrounds)
            {
                writer.WriteStartObject();
                writer.WriteString("codigo", Code(_lists.RefusalGrounds, RespostaCodeLists.GroundColumn, ground.Code));
                Optional(writer, "explicacao", ground.Explanation);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        Optional(writer, "adiadoAte", result.PostponedUntil);
        if (result.Conditions.Count > 0) Strings(writer, "condicoes", result.Conditions);
        var informationNeeded = InformationNeededAsWritten(result, path, notes);
        if (informationNeeded.Count > 0)
        {
            writer.WriteStartArray("informacoesNecessarias");
            foreach (var needed in informationNeeded)
            {
                writer.WriteStartObject();
                writer.WriteString("descricao", needed.Description);
                Optional(writer, "prazo", needed.By);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (result.ForwardedTo is { } forwarded)
        {
            writer.WriteStartObject("encaminhadoPara");
            Country(writer, "pais", forwarded.Country);
            WriteAuthority(writer, forwarded);
            writer.WriteEndObject();
        }
        if (result.SubstituteMeasure is { } measure)
        {
            if (BrazilCodeLists.NationalCode(_lists.Pedidos.Measures, BrazilCodeLists.MeasureColumn, measure) is { } code) writer.WriteString("medidaSubstituta", code);
            else notes.NotCarried(path + "/substituteMeasure", $"the measure '{CanonicalCodes.ToCode(measure)}' (not in code list 'measures')");
        }
        if (result.Costs is { } costs)
        {
            writer.WriteStartObject("custos");
            writer.WriteString("valor", Amounts.Format(costs.Amount, Symbols));
            writer.WriteBoolean("extraordinario", costs.Extraordinary);
            Optional(writer, "descricao", costs.Description);
            writer.WriteEndObject();
        }
        if (result.AttachmentFileNames.Count > 0) Strings(writer, "anexos", result.AttachmentFileNames);
        writer.WriteEndObject();
    }

    /// <summary><c>unidade</c>, <c>setor</c> and <c>membro</c>, as the pedidos write the MPF member.</summary>
    private static void WriteAuthority(Utf8JsonWriter writer, Authority authority)
    {
        Optional(writer, "unidade", authority.Name);
        Optional(writer, "setor", authority.Unit);
        if (authority.Officer is null && authority.Contact is null) return;
        writer.WriteStartObject("membro");
        Optional(writer, "nome", authority.Officer?.Name);
        Optional(writer, "cargo", authority.Officer?.Role);
        Optional(writer, "email", authority.Contact?.Email);
        Optional(writer, "telefone", authority.Contact?.Phone);
        writer.WriteEndObject();
    }

    /// <summary>An anexo as the pedidos write one (see <c>AttachmentMapping</c>, which reads it back).</summary>
    private void WriteAttachment(Utf8JsonWriter writer, Attachment attachment, string path, RespostaNotes notes)
    {
        var lists = _lists.Pedidos;
        writer.WriteStartObject();
        writer.WriteString("arquivo", attachment.FileName);
        writer.WriteString("tipoMidia", attachment.MediaType);
        writer.WriteString("sha256", attachment.Sha256);
        writer.WriteNumber("tamanho", attachment.Size);
        if (attachment.DocumentType is { } type) writer.WriteString("tipo", BrazilCodeLists.NationalCode(lists.AttachmentTypes, BrazilCodeLists.TypeColumn, type));
        if (attachment.Language is { } tag)
        {
            if (LanguageWriting.Name(lists, tag) is { } name) writer.WriteString("idioma", name);
            else notes.NotCarried(path + "/language", $"the language '{tag}' (not in code list 'languages')");
        }
        Optional(writer, "traducaoDe", attachment.TranslationOf);
        Optional(writer, "obtidoEm", attachment.Obtained?.On);
        Optional(writer, "obtidoPor", attachment.Obtained?.By);
        if (attachment.CopyKind is { } copy) writer.WriteString("via", BrazilCodeLists.NationalCode(lists.CopyKinds, BrazilCodeLists.CopyColumn, copy));
        Optional(writer, "lacre", attachment.SealNumber);
        if (attachment.ChainOfCustody.Count > 0)
        {
            writer.WriteStartArray("cadeiaCustodia");
            foreach (var link in attachment.ChainOfCustody)
            {
                writer.WriteStartObject();
                writer.WriteString("data", link.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteString("responsavel", link.Holder);
                Optional(writer, "acao", link.Action);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        Optional(writer, "devolverAte", attachment.ReturnBy);
        writer.WriteEndObject();
    }

    private static string? Code<TEnum>(CooperJus.Gateway.Sdk.CodeLists.CodeList list, string column, TEnum value) where TEnum : struct, Enum =>
        BrazilCodeLists.NationalCode(list, column, value);
}
