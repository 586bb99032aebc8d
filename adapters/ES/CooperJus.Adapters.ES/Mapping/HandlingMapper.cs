using CooperJus.Adapters.ES.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.ES.Mapping;

/// <summary>How the request is to be handled: <c>Instrumento</c>*, <c>Urgencia</c>, <c>FechaLimite</c>, <c>Reservada</c>.</summary>
internal sealed class HandlingMapper
{
    private readonly SpainCodeLists _lists;
    private readonly RecordScope _scope;

    public HandlingMapper(SpainCodeLists lists, RecordScope scope)
    {
        _lists = lists;
        _scope = scope;
    }

    public List<LegalBasis> LegalBasis(FortunyElement solicitud)
    {
        var bases = new List<LegalBasis>();
        foreach (var element in solicitud.All("Instrumento"))
        {
            var path = $"/legalBasis/{bases.Count}";
            var entry = _scope.RequiredLookup(path + "/instrument", element.TextLocation, _lists.Instruments);
            if (entry is null) continue;
            var parties = SpainCodeLists.Parties(entry);
            if (parties.Count > 0) _scope.Map(path + "/parties", _lists.Instruments.ConversionName, element.TextLocation);
            bases.Add(new LegalBasis { Instrument = entry["instrument"]!, Parties = parties });
        }
        return bases;
    }

    /// <summary><c>Urgencia</c> (<c>@grado</c> 0, 1, 2; text = reason) and <c>FechaLimite</c>; no <c>Urgencia</c> means normal.</summary>
    public Urgency Urgency(FortunyElement solicitud)
    {
        var level = UrgencyLevel.Normal;
        string? reason = null;
        if (solicitud.One("Urgencia") is { } urgency)
        {
            level = _scope.RequiredLookup("/urgency/level", urgency.Attribute("grado"), _lists.Urgency)?.Canonical<UrgencyLevel>("level") ?? level;
            reason = _scope.Text("/urgency/reason", urgency.TextLocation);
        }
        else _scope.Map("/urgency/level", Conversions.AdapterDefault);
        var respondBy = _scope.DayFirstDate("/urgency/deadlines/0/by", solicitud.ChildText("FechaLimite"));
        return new Urgency { Level = level, Reason = reason, Deadlines = respondBy is { } by ? [new Deadline { Kind = DeadlineKind.Execute, By = by }] : [] };
    }

    /// <summary><c>Reservada</c> true/false (also 1/0, as xs:boolean allows); absent means not confidential.</summary>
    public Confidentiality Confidentiality(FortunyElement solicitud)
    {
        const string path = "/confidentiality/confidential";
        if (solicitud.One("Reservada") is not { } reserved)
        {
            _scope.Map(path, Conversions.AdapterDefault);
            return new Confidentiality();
        }
        var at = reserved.TextLocation;
        bool? confidential = at.Trimmed()?.ToLowerInvariant() switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => null,
        };
        if (confidential is null)
        {
            _scope.Error("xml.invalid-value", $"Reservada is '{at.Value}': it must be true or false.", at, path);
            return new Confidentiality();
        }
        _scope.Map(path, Conversions.XsBoolean, at);
        return new Confidentiality { Confidential = confidential.Value };
    }
}
