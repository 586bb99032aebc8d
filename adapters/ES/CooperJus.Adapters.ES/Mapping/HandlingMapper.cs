using CooperJus.Adapters.ES.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.CodeLists;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.ES.Mapping;

/// <summary>
/// How the request is to be handled: <c>Instrumento</c>* and <c>Canal</c> (legal basis and channel), <c>Urgencia</c>,
/// <c>MotivoUrgencia</c>*, <c>FechaLimite</c>, <c>Reservada</c>.
/// </summary>
internal sealed class HandlingMapper
{
    private readonly SpainCodeLists _lists;
    private readonly RecordScope _scope;

    public HandlingMapper(SpainCodeLists lists, RecordScope scope)
    {
        _lists = lists;
        _scope = scope;
    }

    /// <summary>The transmission channel, once <see cref="LegalBasis"/> has read the instruments; null when neither an instrument nor <c>Canal</c> names one.</summary>
    public TransmissionChannel? Channel { get; private set; }

    /// <summary>
    /// <c>Instrumento</c> → legal basis, except an instrument that governs the channel (the Tratado de Medellín, for
    /// Iber@: column <c>channel</c> of the list), which is read into <see cref="Channel"/> with <c>Canal</c>.
    /// </summary>
    public List<LegalBasis> LegalBasis(XmlSourceElement solicitud)
    {
        var bases = new List<LegalBasis>();
        (CodeListEntry Entry, SourceLocation At)? channelInstrument = null;
        foreach (var element in solicitud.All("Instrumento"))
        {
            var at = element.TextLocation;
            var entry = at.Trimmed() is not null && _lists.Instruments.Find(at.Value) is { } found && found["channel"] is not null ? found : null;
            if (entry is not null)
            {
                channelInstrument ??= (entry, at);
                continue;
            }
            var path = $"/legalBasis/{bases.Count}";
            entry = _scope.RequiredLookup(path + "/instrument", at, _lists.Instruments);
            if (entry is null) continue;
            var parties = SpainCodeLists.Parties(entry);
            if (parties.Count > 0) _scope.Map(path + "/parties", _lists.Instruments.ConversionName, at);
            bases.Add(new LegalBasis { Instrument = entry["instrument"]!, Parties = parties });
        }
        Channel = ReadChannel(solicitud, channelInstrument);
        return bases;
    }

    /// <summary><c>Canal</c> and the instrument governing the channel must agree when both are written (<c>channel.conflict</c>).</summary>
    private TransmissionChannel? ReadChannel(XmlSourceElement solicitud, (CodeListEntry Entry, SourceLocation At)? instrument)
    {
        const string kindPath = "/channel/kind";
        var canalAt = solicitud.ChildText("Canal");
        var canal = canalAt.Trimmed() is null ? null : _lists.Channels.Find(canalAt.Value);
        if (canalAt.Trimmed() is not null && canal is null)
        {
            _scope.Lookup(kindPath, canalAt, _lists.Channels);
            return null;
        }
        if (instrument is not { } governing)
        {
            if (canal is null) return null;
            _scope.Map(kindPath, _lists.Channels.ConversionName, canalAt);
            return new TransmissionChannel { Kind = canal.Canonical<ChannelKind>("kind") };
        }
        var kind = governing.Entry["channel"]!;
        if (canal is not null && canal["kind"] != kind)
        {
            _scope.Error("channel.conflict", $"Canal is '{canalAt.Value}' ({canal["kind"]}), but Instrumento {governing.Entry.Key} governs transmission by {kind}.", canalAt, kindPath);
            return null;
        }
        _scope.Map(kindPath, _lists.Instruments.ConversionName, [governing.At, .. canal is null ? Array.Empty<SourceLocation>() : [canalAt]]);
        _scope.Map("/channel/instrument", _lists.Instruments.ConversionName, governing.At);
        return new TransmissionChannel { Kind = governing.Entry.Canonical<ChannelKind>("channel"), Instrument = governing.Entry["instrument"] };
    }

    /// <summary><c>Urgencia</c> (<c>@grado</c> 0, 1, 2; text = reason) and <c>FechaLimite</c>; no <c>Urgencia</c> means normal.</summary>
    public Urgency Urgency(XmlSourceElement solicitud)
    {
        var level = UrgencyLevel.Normal;
        string? reason = null;
        if (solicitud.One("Urgencia") is { } urgency)
        {
            level = _scope.RequiredLookup("/urgency/level", urgency.Attribute("grado"), _lists.Urgency)?.Canonical<UrgencyLevel>("level") ?? level;
            reason = _scope.Text("/urgency/reason", urgency.TextLocation);
        }
        else _scope.Map("/urgency/level", Conversions.AdapterDefault);
        return new Urgency { Level = level, Grounds = Grounds(solicitud), Reason = reason, Deadlines = Deadlines(solicitud) };
    }

    /// <summary><c>MotivoUrgencia</c>* (codes, list <c>urgency-grounds</c>) → urgency grounds, each once.</summary>
    private List<UrgencyGround> Grounds(XmlSourceElement solicitud)
    {
        var grounds = new List<UrgencyGround>();
        foreach (var element in solicitud.All("MotivoUrgencia"))
        {
            var at = element.TextLocation;
            if (at.Trimmed() is null || _lists.UrgencyGrounds.Find(at.Value) is { } known && grounds.Contains(known.Canonical<UrgencyGround>("ground"))) continue;
            if (_scope.Coded<UrgencyGround>($"/urgency/grounds/{grounds.Count}", at, _lists.UrgencyGrounds, "ground") is { } ground) grounds.Add(ground);
        }
        return grounds;
    }

    /// <summary><c>FechaLimite</c> (the date the assistance is needed by, with an optional <c>@motivo</c>) → an execute deadline.</summary>
    private List<Deadline> Deadlines(XmlSourceElement solicitud)
    {
        const string path = "/urgency/deadlines/0";
        var by = _scope.DayFirstDate(path + "/by", solicitud.ChildText("FechaLimite"));
        if (by is null) return [];
        _scope.Map(path + "/kind", Conversions.ElementName, solicitud.ChildText("FechaLimite"));
        var reason = solicitud.One("FechaLimite") is { } limit ? _scope.Text(path + "/reason", limit.Attribute("motivo")) : null;
        return [new Deadline { Kind = DeadlineKind.Execute, By = by.Value, Reason = reason }];
    }

    /// <summary><c>Reservada</c> true/false (also 1/0, as xs:boolean allows); absent means not confidential.</summary>
    public Confidentiality Confidentiality(XmlSourceElement solicitud)
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
