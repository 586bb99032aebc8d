using System.Globalization;
using CooperJus.Adapters.ES.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.ES.Mapping;

/// <summary>What the request is about and what it asks for: <c>Delito</c>+ and <c>Diligencia</c>+.</summary>
internal sealed class SubjectMapper
{
    private readonly SpainCodeLists _lists;
    private readonly RecordScope _scope;

    public SubjectMapper(SpainCodeLists lists, RecordScope scope)
    {
        _lists = lists;
        _scope = scope;
    }

    private MeasureMapper Mapper(LocalIds ids) => new(_lists, _scope, ids);

    /// <summary>
    /// <c>Delito</c> (<c>@codigo</c>, text = wording) → offences. A code missing from the table is kept as written,
    /// unclassified, with a warning: the offence is real even when the table does not know it yet.
    /// </summary>
    public List<Offence> Offences(XmlSourceElement solicitud)
    {
        var offences = new List<Offence>();
        foreach (var element in RequireSome(solicitud, "Delito", "/offences", "at least one Delito, the offence investigated"))
        {
            var path = $"/offences/{offences.Count}";
            var codeAt = element.Attribute("codigo");
            var code = _scope.RequiredText(path + "/nationalCode", codeAt);
            var wording = _scope.Text(path + "/nationalWording", element.TextLocation);
            if (code is null) continue;
            var entry = _scope.Lookup(path + "/iccsCode", codeAt, _lists.Offences, unknownIsWarning: true);
            var penalty = _scope.Text(path + "/maximumPenalty", element.Attribute("penaMaxima"));
            var months = Months(element.Attribute("mesesPrision"), path + "/maximumCustodialMonths");
            offences.Add(new Offence { IccsCode = entry?["iccs"], NationalCode = code, NationalWording = wording, MaximumPenalty = penalty, MaximumCustodialMonths = months });
        }
        return offences;
    }

    /// <summary>
    /// <c>Diligencia</c>+ → measures (see <see cref="MeasureMapper"/>); subjects only where an <c>Afectado</c> names
    /// them, never guessed from the text.
    /// </summary>
    public List<Measure> Measures(XmlSourceElement solicitud, LocalIds ids)
    {
        var mapper = Mapper(ids);
        var measures = new List<Measure>();
        foreach (var element in RequireSome(solicitud, "Diligencia", "/measures", "at least one Diligencia, the assistance sought"))
            if (mapper.Map(element, $"/measures/{measures.Count}") is { } measure) measures.Add(measure);
        return measures;
    }

    /// <summary><c>Delito/@mesesPrision</c>: the maximum custodial penalty in months, a whole number.</summary>
    private int? Months(SourceLocation at, string path)
    {
        if (at.Trimmed() is not { } text) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var months))
        {
            _scope.Map(path, Conversions.Integer, at);
            return months;
        }
        _scope.Error("xml.invalid-value", $"{at.Field} is '{at.Value}': expected the maximum prison term in months, a whole number.", at, path);
        return null;
    }

    private List<XmlSourceElement> RequireSome(XmlSourceElement solicitud, string name, string path, string what)
    {
        var elements = solicitud.All(name).ToList();
        if (elements.Count == 0) _scope.Error("required", $"A Solicitud needs {what}.", solicitud.ChildText(name), path);
        return elements;
    }
}
