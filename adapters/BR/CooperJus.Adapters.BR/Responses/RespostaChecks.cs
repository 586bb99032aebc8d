using System.Text.Json;
using CooperJus.Adapters.BR.Mapping;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.BR.Responses;

/// <summary>
/// Rules across a resposta that no single member shows: a refused resposta has a resultado that gives the grounds, one
/// that waits for information has one that says what, and a translation names an anexo of the resposta.
/// </summary>
internal static class RespostaChecks
{
    public static void Check(PedidoContext context, JsonObjectView resposta, ResponseStatus? status, IReadOnlyList<ResponseResult> results, IReadOnlySet<string> files)
    {
        if (status == ResponseStatus.Refused && !results.Any(r => r.RefusalGrounds.Count > 0))
            context.Scope.Error("response.refusal-grounds", "The resposta refuses the pedido but no resultado gives the grounds in motivosRecusa.", resposta.At("situacao"), "/results");
        if (status == ResponseStatus.InformationNeeded && !results.Any(r => r.InformationNeeded.Count > 0))
            context.Scope.Error("response.information-needed", "The resposta waits for information but no resultado says what in informacoesNecessarias.", resposta.At("situacao"), "/results");
        var anexos = resposta.Member("anexos");
        if (anexos is not { Kind: JsonValueKind.Array }) return;
        var items = anexos.Items;
        for (var i = 0; i < items.Length; i++)
        {
            foreach (var (name, value) in items[i].Properties)
            {
                if (name != "traducaoDe" || value.Kind != JsonValueKind.String || files.Contains(value.Text!.Trim())) continue;
                context.Scope.Error("response.attachment-link", $"traducaoDe names '{value.Text}', which is no anexo of this resposta.", context.Locate(value, name), $"/attachments/{i}/translationOf");
            }
        }
    }
}
