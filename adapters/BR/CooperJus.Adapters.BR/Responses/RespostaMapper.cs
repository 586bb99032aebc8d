using CooperJus.Adapters.BR.Conversions;
using CooperJus.Adapters.BR.Mapping;
using CooperJus.Adapters.BR.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.BR.Responses;

/// <summary>Turns one resposta into a canonical response, with lineage for every field and located problems.</summary>
internal sealed class RespostaMapper
{
    private readonly RespostaCodeLists _lists;

    public RespostaMapper(RespostaCodeLists lists) => _lists = lists;

    /// <summary>
    /// Maps one resposta, read by <paramref name="reader"/> (the SDK's reader of the file, whose tree builder and object
    /// views each resposta reuses in turn).
    /// </summary>
    public ResponseRecordResult Map(JsonRecordReader reader, JsonReadEvent resposta, UnicoHeader header)
    {
        var record = reader.Open(resposta, new RecordScope());
        var context = new PedidoContext(record, _lists.Pedidos, header);
        if (record.RootObject() is not { } root) return context.Scope.ToResponseResult(resposta.Pointer, null, record.Location, record.OriginalText);
        var (recordId, response) = Build(context, root);
        record.ReportUnknownProperties();
        // A resposta without a readable idResposta is still a record (rejected), named by its place in the file.
        return context.Scope.ToResponseResult(recordId ?? resposta.Pointer, response, record.Location, record.OriginalText);
    }

    private (string?, CooperationResponse?) Build(PedidoContext context, JsonObjectView resposta)
    {
        var scope = context.Scope;
        var idAt = context.RequiredString(resposta, "idResposta", "/responseId");
        var id = idAt?.Value!.Trim();
        var responseId = id is null ? null : ResponseId(context, idAt!, id);
        var inResponseTo = RequestId(context, resposta);
        var status = Status(context, resposta, "/status");
        var createdAt = CreatedAt(context, resposta);
        var authority = RespostaAuthorities.Responding(context, resposta);
        var caseReference = context.Text(resposta, "numeroProcedimento", "/caseReference");
        var message = context.Text(resposta, "mensagem", "/message");
        var language = Language(context, resposta);
        var limitations = UseLimitations(context, resposta);
        var attachments = AttachmentMapping.Attachments(context, resposta);
        var files = attachments.Select(a => a.FileName).ToHashSet(StringComparer.Ordinal);
        var results = new ResultadoMapping(_lists, context, files).Results(resposta);
        RespostaChecks.Check(context, resposta, status, results, files);
        if (responseId is null || inResponseTo is null || status is null || createdAt is null || language is null) return (id, null);
        return (id, new CooperationResponse
        {
            ResponseId = responseId,
            InResponseTo = inResponseTo,
            Status = status.Value,
            CreatedAt = createdAt.Value,
            RespondingAuthority = authority,
            Message = message,
            CaseReference = caseReference,
            Results = results,
            UseLimitations = limitations,
            Attachments = attachments,
            Language = language,
        });
    }

    /// <summary>A <c>situacao</c> member (required) as a canonical status.</summary>
    public ResponseStatus? Status(PedidoContext context, JsonObjectView view, string path)
    {
        var at = context.RequiredString(view, "situacao", path);
        return at is null ? null : BrazilCodeLists.Canonical<ResponseStatus>(context.Scope.Lookup(path, at, _lists.Statuses), RespostaCodeLists.StatusColumn);
    }

    private static string ResponseId(PedidoContext context, SourceLocation at, string id)
    {
        if (RespostaIds.Uuid(id) is { } uuid)
        {
            context.Scope.Map("/responseId", uuid == id ? "copy" : RespostaIds.LowercaseConversion, at);
            return uuid;
        }
        context.Scope.Map("/responseId", RespostaIds.DerivedConversion, at);
        return RespostaIds.FromNumber(id);
    }

    private static string? RequestId(PedidoContext context, JsonObjectView resposta)
    {
        var at = context.RequiredString(resposta, "idPedidoCanonico", "/inResponseTo");
        if (at is null) return null;
        var text = at.Value!.Trim();
        if (RespostaIds.Uuid(text) is not { } id)
        {
            context.Scope.Error("response.request-id", $"idPedidoCanonico '{text}' is not a canonical request id (a UUID such as 5c3f2a9e-41b7-8d02-9a6e-3b1f0c7d2e84): the pedidos export carries it for each pedido.", at, "/inResponseTo");
            return null;
        }
        context.Scope.Map("/inResponseTo", id == text ? "copy" : RespostaIds.LowercaseConversion, at);
        return id;
    }

    private static DateTimeOffset? CreatedAt(PedidoContext context, JsonObjectView resposta)
    {
        var at = context.RequiredString(resposta, "dataResposta", "/createdAt");
        if (at is null) return null;
        if (!IsoInstant.TryParse(at.Value!.Trim(), out var instant))
        {
            context.Scope.Error("date.invalid", $"dataResposta '{at.Value}' is not an ISO 8601 instant with offset (2024-05-20T14:32:05-03:00).", at, "/createdAt");
            return null;
        }
        context.Scope.Map("/createdAt", IsoInstant.Conversion, at);
        return instant;
    }

    private string? Language(PedidoContext context, JsonObjectView resposta)
    {
        if (resposta.Has("idioma")) return context.Coded(resposta, "idioma", "/language", _lists.Pedidos.Languages, BrazilCodeLists.LanguageColumn);
        context.Scope.Map("/language", "adapter-default");
        return "pt";
    }

    private List<UseLimitation> UseLimitations(PedidoContext context, JsonObjectView resposta)
    {
        var result = new List<UseLimitation>();
        if (!resposta.Has("limitacoesUso")) return result;
        foreach (var item in resposta.Objects("limitacoesUso", "/useLimitations"))
        {
            var path = CanonicalPaths.Item("/useLimitations", result.Count);
            var kindAt = context.RequiredString(item, "tipo", path + "/kind");
            var kind = kindAt is null ? null : BrazilCodeLists.Canonical<UseLimitationKind>(context.Scope.Lookup(path + "/kind", kindAt, _lists.UseLimitations), RespostaCodeLists.KindColumn);
            var text = context.Text(item, "texto", path + "/text", required: true);
            if (kind is not null && text is not null) result.Add(new UseLimitation { Kind = kind.Value, Text = text });
        }
        return result;
    }
}
