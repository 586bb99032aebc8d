using System.Globalization;
using CooperJus.Adapters.CL.Mapping;
using CooperJus.Adapters.CL.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.CL.Responses;

/// <summary>
/// <c>Resultado</c> → one result: the measure it concerns (<c>@diligencia</c>, numbered from 1 as a clerk counts the
/// diligencias of the request; absent for the request as a whole), its state and every detail the state calls for.
/// </summary>
internal sealed class ResultadoMapper(ChileCodeLists lists, RecordScope scope)
{
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
        var status = scope.RequiredLookup(path + "/status", element.Attribute("estado"), lists.ResponseStatuses)?.Canonical<ResponseStatus>("status");
        var summary = scope.RequiredText(path + "/summary", element.ChildText("Resumen"));
        var grounds = Grounds(element, path);
        var postponedUntil = scope.DayFirstDate(path + "/postponedUntil", element.ChildText("PostergadaHasta"));
        var conditions = Texts(element.All("Condicion"), path + "/conditions");
        var information = Information(element, path);
        var forwardedTo = ForwardedTo(element.One("DerivadaA"), path + "/forwardedTo");
        var substitute = element.One("DiligenciaSustitutiva") is { } substitution
            ? scope.RequiredLookup(path + "/substituteMeasure", substitution.Attribute("tipo"), lists.Measures)?.Canonical<MeasureType>("type")
            : null;
        var costs = Costs(element.One("Costos"), path + "/costs");
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
        };
    }

    private int? MeasureIndex(SourceLocation at, string path)
    {
        if (at.Trimmed() is not { } text) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
        {
            scope.Map(path, Conversions.OneBasedNumber, at);
            return number - 1;
        }
        scope.Error("xml.invalid-value", $"@diligencia is '{at.Value}': it must be the number of the diligencia in the request, from 1.", at, path);
        return null;
    }

    private List<RefusalGround> Grounds(XmlSourceElement element, string path)
    {
        var grounds = new List<RefusalGround>();
        foreach (var ground in element.All("MotivoDenegacion"))
        {
            var groundPath = $"{path}/refusalGrounds/{grounds.Count}";
            var code = scope.RequiredLookup(groundPath + "/code", ground.Attribute("codigo"), lists.RefusalGrounds)?.Canonical<RefusalGroundCode>("ground");
            var explanation = scope.Text(groundPath + "/explanation", ground.TextLocation);
            if (code is not null) grounds.Add(new RefusalGround { Code = code.Value, Explanation = explanation });
        }
        return grounds;
    }

    private List<string> Texts(IEnumerable<XmlSourceElement> elements, string path)
    {
        var texts = new List<string>();
        foreach (var element in elements)
            if (scope.Text($"{path}/{texts.Count}", element.TextLocation) is { } text) texts.Add(text);
        return texts;
    }

    private List<InformationNeeded> Information(XmlSourceElement element, string path)
    {
        var needed = new List<InformationNeeded>();
        foreach (var item in element.All("AntecedenteRequerido"))
        {
            var itemPath = $"{path}/informationNeeded/{needed.Count}";
            var description = scope.RequiredText(itemPath + "/description", item.TextLocation);
            var by = scope.DayFirstDate(itemPath + "/by", item.Attribute("plazo"));
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
            : scope.Country(path + "/country", countryAt);
        var name = scope.Text(path + "/name", element.TextLocation);
        var unit = scope.Text(path + "/unit", element.Attribute("unidad"));
        return country is null ? null : new Authority { Country = country, Name = name, Unit = unit };
    }

    private ExecutionCosts? Costs(XmlSourceElement? element, string path)
    {
        if (element is null) return null;
        var amountAt = element.Attribute("monto");
        MonetaryAmount? amount = null;
        if (amountAt.Trimmed() is null) Required(amountAt, path + "/amount", "@monto is required: the amount of the costs ($ 1.200.000, USD 3.500,00).");
        else amount = scope.Money(path + "/amount", amountAt);
        var extraordinary = Boolean(element.Attribute("extraordinarios"), path + "/extraordinary");
        if (extraordinary is null && amount is not null) scope.Map(path + "/extraordinary", Conversions.AdapterDefault);
        var description = scope.Text(path + "/description", element.TextLocation);
        return amount is null ? null : new ExecutionCosts { Amount = amount, Extraordinary = extraordinary ?? false, Description = description };
    }

    private bool? Boolean(SourceLocation at, string path)
    {
        if (at.Trimmed() is not { } text) return null;
        bool? value = text switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => null,
        };
        if (value is null) scope.Error("xml.invalid-value", $"{at.Field} is '{at.Value}': it must be true or false.", at, path);
        else scope.Map(path, Conversions.XsBoolean, at);
        return value;
    }

    private string? Required(SourceLocation at, string path, string message)
    {
        scope.Error("required", message, at, path);
        return null;
    }
}
