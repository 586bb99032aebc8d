using System.Globalization;
using CooperJus.Adapters.BR.Mapping;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.BR.Responses;

/// <summary><c>resultados</c>: the outcome of each diligência of the pedido answered, or of the pedido as a whole.</summary>
internal sealed class ResultadoMapping
{
    /// <summary>Lineage conversion of <c>diligencia</c>: the Sistema Único counts diligências from 1, the canonical index from 0.</summary>
    public const string MeasureNumberConversion = "one-based-number";

    private readonly RespostaCodeLists _lists;
    private readonly PedidoContext _context;
    private readonly IReadOnlySet<string> _files;

    public ResultadoMapping(RespostaCodeLists lists, PedidoContext context, IReadOnlySet<string> files)
    {
        _lists = lists;
        _context = context;
        _files = files;
    }

    public List<ResponseResult> Results(JsonObjectView resposta)
    {
        var results = new List<ResponseResult>();
        if (!resposta.Has("resultados")) return results;
        foreach (var resultado in resposta.Objects("resultados", "/results"))
        {
            if (Result(resultado, CanonicalPaths.Item("/results", results.Count)) is { } result) results.Add(result);
        }
        return results;
    }

    private ResponseResult? Result(JsonObjectView resultado, string path)
    {
        var scope = _context.Scope;
        var measureIndex = MeasureIndex(resultado, path + "/measureIndex");
        var statusAt = _context.RequiredString(resultado, "situacao", path + "/status");
        var status = statusAt is null ? null : BrazilCodeLists.Canonical<ResponseStatus>(scope.Lookup(path + "/status", statusAt, _lists.Statuses), RespostaCodeLists.StatusColumn);
        var summary = _context.Text(resultado, "resumo", path + "/summary", required: true);
        var grounds = RefusalGrounds(resultado, path + "/refusalGrounds");
        var postponedUntil = _context.Date(resultado, "adiadoAte", path + "/postponedUntil");
        var conditions = _context.CopyStrings(resultado, "condicoes", path + "/conditions");
        var needed = InformationNeeded(resultado, path + "/informationNeeded");
        var forwardedTo = RespostaAuthorities.Forwarded(_context, resultado, path + "/forwardedTo");
        var substitute = _context.Coded<MeasureType>(resultado, "medidaSubstituta", path + "/substituteMeasure", _lists.Pedidos.Measures, BrazilCodeLists.MeasureColumn);
        var costs = Costs(resultado, path + "/costs");
        var files = Files(resultado, path + "/attachmentFileNames");
        if (status == ResponseStatus.Refused && grounds.Count == 0)
            scope.Error("response.refusal-grounds", "A refused resultado gives its grounds in motivosRecusa (UNCAC art. 46(23): reasons are given).", resultado.At("motivosRecusa"), path + "/refusalGrounds");
        if (status == ResponseStatus.InformationNeeded && needed.Count == 0)
            scope.Error("response.information-needed", "A resultado that waits for information says what in informacoesNecessarias.", resultado.At("informacoesNecessarias"), path + "/informationNeeded");
        if (status is null || summary is null) return null;
        return new ResponseResult
        {
            MeasureIndex = measureIndex,
            Status = status.Value,
            Summary = summary,
            RefusalGrounds = grounds,
            PostponedUntil = postponedUntil,
            Conditions = conditions,
            InformationNeeded = needed,
            ForwardedTo = forwardedTo,
            SubstituteMeasure = substitute,
            Costs = costs,
            AttachmentFileNames = files,
        };
    }

    private int? MeasureIndex(JsonObjectView resultado, string path)
    {
        var at = resultado.Number("diligencia", path);
        if (at is null) return null;
        if (!int.TryParse(at.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            _context.Scope.Error("response.measure-number", $"diligencia {at.Value} is not the number of a diligência of the pedido (1 for the first).", at, path);
            return null;
        }
        _context.Scope.Map(path, MeasureNumberConversion, at);
        return number - 1;
    }

    private List<RefusalGround> RefusalGrounds(JsonObjectView resultado, string path)
    {
        var grounds = new List<RefusalGround>();
        if (!resultado.Has("motivosRecusa")) return grounds;
        foreach (var motivo in resultado.Objects("motivosRecusa", path))
        {
            var itemPath = CanonicalPaths.Item(path, grounds.Count);
            var codeAt = _context.RequiredString(motivo, "codigo", itemPath + "/code");
            var code = codeAt is null ? null : BrazilCodeLists.Canonical<RefusalGroundCode>(_context.Scope.Lookup(itemPath + "/code", codeAt, _lists.RefusalGrounds), RespostaCodeLists.GroundColumn);
            var explanation = _context.Text(motivo, "explicacao", itemPath + "/explanation");
            if (code is not null) grounds.Add(new RefusalGround { Code = code.Value, Explanation = explanation });
        }
        return grounds;
    }

    private List<InformationNeeded> InformationNeeded(JsonObjectView resultado, string path)
    {
        var needed = new List<InformationNeeded>();
        if (!resultado.Has("informacoesNecessarias")) return needed;
        foreach (var item in resultado.Objects("informacoesNecessarias", path))
        {
            var itemPath = CanonicalPaths.Item(path, needed.Count);
            var description = _context.Text(item, "descricao", itemPath + "/description", required: true);
            var by = _context.Date(item, "prazo", itemPath + "/by");
            if (description is not null) needed.Add(new InformationNeeded { Description = description, By = by });
        }
        return needed;
    }

    private ExecutionCosts? Costs(JsonObjectView resultado, string path)
    {
        var custos = resultado.Object("custos", path);
        if (custos is null) return null;
        var at = _context.RequiredString(custos, "valor", path + "/amount");
        MonetaryAmount? amount = null;
        if (at is not null)
        {
            if (Amounts.TryParse(at.Value, null, out var parsed, out var error))
            {
                amount = parsed;
                _context.Scope.Map(path + "/amount/amount", Amounts.Conversion, at);
                _context.Scope.Map(path + "/amount/currency", Amounts.Conversion, at);
            }
            else
            {
                _context.Scope.Error("amount.invalid", error, at, path + "/amount");
            }
        }
        var extraordinary = _context.Flag(custos, "extraordinario", path + "/extraordinary");
        if (extraordinary is null) _context.Scope.Map(path + "/extraordinary", "adapter-default");
        var description = _context.Text(custos, "descricao", path + "/description");
        return amount is null ? null : new ExecutionCosts { Amount = amount, Extraordinary = extraordinary ?? false, Description = description };
    }

    /// <summary><c>anexos</c>: file names of the resposta's anexos; one that is no anexo of the resposta is <c>response.attachment-link</c>.</summary>
    private string[] Files(JsonObjectView resultado, string path)
    {
        if (!resultado.Has("anexos")) return [];
        var items = resultado.Strings("anexos", path).Where(i => !string.IsNullOrWhiteSpace(i.Value)).ToList();
        if (items.Count == 0) return [];
        foreach (var item in items.Where(i => !_files.Contains(i.Value!.Trim())))
            _context.Scope.Error("response.attachment-link", $"anexos names '{item.Value}', which is no anexo of this resposta.", item, path);
        _context.Scope.Map(path, "copy", [.. items]);
        return [.. items.Select(i => i.Value!.Trim())];
    }
}
