using CooperJus.Adapters.ES.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

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

    /// <summary>
    /// <c>Delito</c> (<c>@codigo</c>, text = wording) → offences. A code missing from the table is kept as written,
    /// unclassified, with a warning: the offence is real even when the table does not know it yet.
    /// </summary>
    public List<Offence> Offences(FortunyElement solicitud)
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
            offences.Add(new Offence { IccsCode = entry?["iccs"], NationalCode = code, NationalWording = wording });
        }
        return offences;
    }

    /// <summary>
    /// <c>Diligencia</c> (<c>@tipo</c>, text = what exactly is sought) → measures. The format does not say whom or what
    /// a measure concerns, so targets stay empty: the description says it in words.
    /// </summary>
    public List<Measure> Measures(FortunyElement solicitud)
    {
        var measures = new List<Measure>();
        foreach (var element in RequireSome(solicitud, "Diligencia", "/measures", "at least one Diligencia, the assistance sought"))
        {
            var path = $"/measures/{measures.Count}";
            var typeAt = element.Attribute("tipo");
            var entry = _scope.RequiredLookup(path + "/type", typeAt, _lists.Measures);
            if (entry is null) continue;
            measures.Add(new Measure
            {
                Type = entry.Canonical<MeasureType>("type"),
                NationalCode = _scope.Text(path + "/nationalCode", typeAt),
                Description = _scope.Text(path + "/description", element.TextLocation),
            });
        }
        return measures;
    }

    private List<FortunyElement> RequireSome(FortunyElement solicitud, string name, string path, string what)
    {
        var elements = solicitud.All(name).ToList();
        if (elements.Count == 0) _scope.Error("required", $"A Solicitud needs {what}.", solicitud.ChildText(name), path);
        return elements;
    }
}
