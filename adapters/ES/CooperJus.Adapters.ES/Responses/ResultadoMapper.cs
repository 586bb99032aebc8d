using System.Globalization;
using CooperJus.Adapters.ES.Mapping;
using CooperJus.Adapters.ES.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.ES.Responses;

/// <summary>
/// <c>Resultado</c> → one result: the measure it concerns (<c>@diligencia</c>, numbered from 1 as a clerk counts the
/// diligencias of the request; absent for the request as a whole), its state and every detail the state calls for.
/// </summary>
internal sealed class ResultadoMapper
{
    /// <summary>The currency of <c>Costes/@importe</c> written without one: euros, Fortuny being a Spanish system.</summary>
    private const string DefaultCurrency = "EUR";

    private readonly SpainCodeLists _lists;
    private readonly RecordScope _scope;
    private readonly IReadOnlySet<string> _annexes;

    /// <param name="lists">The adapter's code lists.</param>
    /// <param name="scope">The record being read.</param>
    /// <param name="annexes">The file names of the response's <c>Anexo</c> elements, which <c>AnexoResultado</c> may name.</param>
    public ResultadoMapper(SpainCodeLists lists, RecordScope scope, IReadOnlySet<string> annexes)
    {
        _lists = lists;
        _scope = scope;
        _annexes = annexes;
    }

    public List<ResponseResult> MapAll(IEnumerable<XmlSourceElement> elements)
    {
        var results = new List<ResponseResult>();
        foreach (var element in elements)
            if (Map(element, $"/results/{results.Count}") is { } result) results.Add(result);
        return results;
    }

    private ResponseResult? Map(XmlSourceElement element, string path)
    {
        var measureIndex = MeasureIndex(element.Attribute("diligencia"), path + "/measureIndex");
        var status = _scope.RequiredLookup(path + "/status", element.Attribute("estado"), _lists.ResponseStatuses)?.Canonical<ResponseStatus>("status");
        var summary = _scope.RequiredText(path + "/summary", element.ChildText("Resumen"));
        var grounds = Grounds(element, path);
        var postponedUntil = _scope.DayFirstDate(path + "/postponedUntil", element.ChildText("AplazadaHasta"));
        var conditions = Texts(element.All("Condicion"), path + "/conditions");
        var information = Information(element, path);
        var forwardedTo = ForwardedTo(element.One("RemitidaA"), path + "/forwardedTo");
        var substitute = element.One("DiligenciaSustitutiva") is { } substitution
            ? _scope.RequiredLookup(path + "/substituteMeasure", substitution.Attribute("tipo"), _lists.Measures)?.Canonical<MeasureType>("type")
            : null;
        var costs = Costs(element.One("Costes"), path + "/costs");
        var files = AttachmentNames(element, path);
        if (status is null || summary is null) return null;
        return new ResponseResult
        {
            MeasureIndex = measureIndex,
            Status = status.Value,
            Summary = summary,
            RefusalGrounds = grounds,
            PostponedUntil = postponedUntil,
            Conditions = conditions,
            InformationNeeded = information,
            ForwardedTo = forwardedTo,
            SubstituteMeasure = substitute,
            Costs = costs,
            AttachmentFileNames = files,
        };
    }

    private int? MeasureIndex(SourceLocation at, string path)
    {
        if (at.Trimmed() is not { } text) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
        {
            _scope.Map(path, ResponseConversions.OneBasedIndex, at);
            return number - 1;
        }
        _scope.Error("xml.invalid-value", $"@diligencia is '{at.Value}': it must be the number of the diligencia in the request, from 1.", at, path);
        return null;
    }

    private List<RefusalGround> Grounds(XmlSourceElement element, string path)
    {
        var grounds = new List<RefusalGround>();
        foreach (var ground in element.All("Motivo"))
        {
            var groundPath = $"{path}/refusalGrounds/{grounds.Count}";
            var code = _scope.RequiredLookup(groundPath + "/code", ground.Attribute("codigo"), _lists.RefusalGrounds)?.Canonical<RefusalGroundCode>("ground");
            var explanation = _scope.Text(groundPath + "/explanation", ground.TextLocation);
            if (code is not null) grounds.Add(new RefusalGround { Code = code.Value, Explanation = explanation });
        }
        return grounds;
    }

    private List<string> Texts(IEnumerable<XmlSourceElement> elements, string path)
    {
        var texts = new List<string>();
        foreach (var element in elements)
            if (_scope.Text($"{path}/{texts.Count}", element.TextLocation) is { } text) texts.Add(text);
        return texts;
    }

    private List<InformationNeeded> Information(XmlSourceElement element, string path)
    {
        var needed = new List<InformationNeeded>();
        foreach (var item in element.All("InformacionRequerida"))
        {
            var itemPath = $"{path}/informationNeeded/{needed.Count}";
            var description = _scope.RequiredText(itemPath + "/description", item.TextLocation);
            var by = _scope.DayFirstDate(itemPath + "/by", item.Attribute("plazo"));
            if (description is not null) needed.Add(new InformationNeeded { Description = description, By = by });
        }
        return needed;
    }

    private Authority? ForwardedTo(XmlSourceElement? element, string path)
    {
        if (element is null) return null;
        var countryAt = element.Attribute("pais");
        var country = countryAt.Trimmed() is null
            ? Required(countryAt, path + "/country", "@pais is required: the State of the authority the request was forwarded to.")
            : _scope.Country(path + "/country", countryAt);
        var name = _scope.Text(path + "/name", element.TextLocation);
        var unit = _scope.Text(path + "/unit", element.Attribute("unidad"));
        return country is null ? null : new Authority { Country = country, Name = name, Unit = unit };
    }

    private ExecutionCosts? Costs(XmlSourceElement? element, string path)
    {
        if (element is null) return null;
        var amountAt = element.Attribute("importe");
        MonetaryAmount? amount = null;
        if (amountAt.Trimmed() is null) Required(amountAt, path + "/amount", "@importe is required: the amount of the costs.");
        else amount = _scope.Amount(path + "/amount", amountAt, DefaultCurrency);
        var extraordinary = _scope.Boolean(path + "/extraordinary", element.Attribute("extraordinarios"));
        if (extraordinary is null && amount is not null) _scope.Map(path + "/extraordinary", Conversions.AdapterDefault);
        var description = _scope.Text(path + "/description", element.TextLocation);
        return amount is null ? null : new ExecutionCosts { Amount = amount, Extraordinary = extraordinary ?? false, Description = description };
    }

    private List<string> AttachmentNames(XmlSourceElement element, string path)
    {
        var names = new List<string>();
        foreach (var item in element.All("AnexoResultado"))
        {
            var at = item.Attribute("nombre");
            var itemPath = $"{path}/attachmentFileNames/{names.Count}";
            if (at.Trimmed() is not { } name)
            {
                Required(at, itemPath, "@nombre is required: the file name of an Anexo of this Respuesta.");
                continue;
            }
            if (!_annexes.Contains(name))
            {
                _scope.Error("response.attachment-unknown", $"AnexoResultado names '{at.Value}', which no Anexo of this Respuesta has.", at, itemPath);
                continue;
            }
            _scope.Map(itemPath, "copy", at);
            names.Add(name);
        }
        return names;
    }

    private string? Required(SourceLocation at, string path, string message)
    {
        _scope.Error("required", message, at, path);
        return null;
    }
}
