using CooperJus.Adapters.CL.Reading;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.CL.Mapping;

/// <summary>How the request is to be handled and what it is about: urgency and deadline, secrecy, facts, offences.</summary>
internal sealed partial class HandlingMapper(ChileCodeLists lists, RecordScope scope)
{
    /// <summary><c>Urgencia</c> (<c>@nivel</c>, reason as text) and <c>Plazo</c> (the date to execute by, <c>@motivo</c>).</summary>
    public Urgency Urgency(XmlSourceElement solicitud)
    {
        var urgencia = solicitud.One("Urgencia");
        var level = UrgencyLevel.Normal;
        string? reason = null;
        var levelAt = urgencia?.Attribute("nivel");
        if (levelAt?.Trimmed() is null) scope.Map("/urgency/level", Conversions.AdapterDefault);
        else if (scope.Lookup("/urgency/level", levelAt, lists.Urgency) is { } entry) level = entry.Canonical<UrgencyLevel>("level");
        if (urgencia is not null) reason = scope.Text("/urgency/reason", urgencia.TextLocation);
        return new Urgency { Level = level, Reason = reason, Deadlines = Deadlines(solicitud) };
    }

    /// <summary><c>Reservada</c> (<c>SI</c>/<c>NO</c>, list <c>reserved</c>); absent is not confidential.</summary>
    public Confidentiality Confidentiality(XmlSourceElement solicitud)
    {
        var at = solicitud.ChildText("Reservada");
        if (at.Trimmed() is null)
        {
            scope.Map("/confidentiality/confidential", Conversions.AdapterDefault);
            return new Confidentiality();
        }
        var entry = scope.Lookup("/confidentiality/confidential", at, lists.Reserved);
        return new Confidentiality { Confidential = entry?["confidential"] == "true" };
    }

    /// <summary><c>Hechos</c> (required), <c>LugarHechos</c>, <c>PeriodoHechos</c> (<c>@desde</c>, <c>@hasta</c>).</summary>
    public Facts? Facts(XmlSourceElement solicitud)
    {
        var summary = scope.RequiredText("/facts/summary", solicitud.ChildText("Hechos"));
        var place = scope.Text("/facts/place", solicitud.ChildText("LugarHechos"));
        var period = Period(solicitud.One("PeriodoHechos"));
        return summary is null ? null : new Facts { Summary = summary, Place = place, Period = period };
    }

    /// <summary>
    /// Each <c>Delito</c>: <c>@codigo</c> as the national code, the text as the national wording, the ICCS code and the
    /// provision from <c>offences.csv</c>. A code the list lacks is kept as written, unclassified, with a warning.
    /// </summary>
    public List<Offence> Offences(XmlSourceElement solicitud)
    {
        var offences = new List<Offence>();
        foreach (var delito in solicitud.All("Delito"))
        {
            var path = $"/offences/{offences.Count}";
            var codeAt = delito.Attribute("codigo");
            var code = scope.RequiredText(path + "/nationalCode", codeAt);
            var wording = scope.Text(path + "/nationalWording", delito.TextLocation);
            if (code is null) continue;
            // @iccs and @norma are written by the gateway for an offence from abroad: Chile's list does not know its code.
            var iccsAt = delito.Attribute("iccs");
            var iccs = Iccs(iccsAt, path + "/iccsCode");
            var entry = iccsAt.Trimmed() is null ? scope.Lookup(path + "/iccsCode", codeAt, lists.Offences, unknownIsWarning: true) : lists.Offences.Find(code);
            var provision = scope.Text(path + "/legalProvision", delito.Attribute("norma"));
            if (provision is null && entry?["provision"] is not null) scope.Map(path + "/legalProvision", lists.Offences.ConversionName, codeAt);
            var penalty = scope.Text(path + "/maximumPenalty", delito.Attribute("pena"));
            var months = Months(delito.Attribute("mesesPresidio"), path + "/maximumCustodialMonths");
            offences.Add(new Offence
            {
                NationalCode = code,
                NationalWording = wording,
                IccsCode = iccsAt.Trimmed() is null ? entry?["iccs"] : iccs,
                LegalProvision = provision ?? entry?["provision"],
                MaximumPenalty = penalty,
                MaximumCustodialMonths = months,
            });
        }
        return offences;
    }

    private List<Deadline> Deadlines(XmlSourceElement solicitud)
    {
        if (solicitud.One("Plazo") is not { } plazo) return [];
        var by = scope.DayFirstDate("/urgency/deadlines/0/by", plazo.TextLocation);
        if (by is null)
        {
            if (plazo.TextLocation.Trimmed() is null) scope.Error("required", "Plazo is empty: it holds the date to execute by (dd-MM-yyyy).", plazo.TextLocation, "/urgency/deadlines/0/by");
            return [];
        }
        scope.Map("/urgency/deadlines/0/kind", Conversions.ElementName, plazo.Location);
        var reason = scope.Text("/urgency/deadlines/0/reason", plazo.Attribute("motivo"));
        return [new Deadline { Kind = DeadlineKind.Execute, By = by.Value, Reason = reason }];
    }

    private DateRange? Period(XmlSourceElement? periodo)
    {
        if (periodo is null) return null;
        var fromAt = periodo.Attribute("desde");
        var start = scope.DayFirstDate("/facts/period/start", fromAt);
        var end = scope.DayFirstDate("/facts/period/end", periodo.Attribute("hasta"));
        if (start is not null) return new DateRange { Start = start.Value, End = end };
        if (fromAt.Trimmed() is null) scope.Error("required", "PeriodoHechos/@desde is required: the period starts somewhere.", fromAt, "/facts/period/start");
        return null;
    }

    /// <summary><c>Delito/@mesesPresidio</c>: the longest custodial penalty in months, a whole number.</summary>
    private int? Months(Gateway.Sdk.Diagnostics.SourceLocation at, string path)
    {
        if (at.Trimmed() is not { } text) return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var months))
        {
            scope.Map(path, Conversions.Integer, at);
            return months;
        }
        scope.Error("xml.invalid-value", $"Delito/@mesesPresidio is '{at.Value}': it must be a whole number of months.", at, path);
        return null;
    }

    /// <summary><c>Delito/@iccs</c>: an ICCS code of 2, 4, 5 or 6 digits, as written.</summary>
    private string? Iccs(Gateway.Sdk.Diagnostics.SourceLocation at, string path)
    {
        if (at.Trimmed() is not { } iccs) return null;
        if (iccs.Length is 2 or 4 or 5 or 6 && iccs.All(char.IsAsciiDigit)) return scope.Text(path, at);
        scope.Error("offence.iccs", $"Delito/@iccs '{at.Value}' is not an ICCS code (2, 4, 5 or 6 digits).", at, path);
        return null;
    }

    /// <summary>
    /// Each <c>Instrumento</c>: the code through <c>instruments.csv</c> (a code not listed is kept as written, with a
    /// warning: the canonical list of instruments is open), the parties from the list or from <c>@partes</c>, the
    /// articles from <c>@articulos</c>.
    /// </summary>
    public List<LegalBasis> LegalBases(XmlSourceElement solicitud)
    {
        var bases = new List<LegalBasis>();
        foreach (var element in solicitud.All("Instrumento"))
        {
            var path = $"/legalBasis/{bases.Count}";
            var at = element.TextLocation;
            if (at.Trimmed() is not { } written)
            {
                scope.Error("required", "Instrumento is empty: it names the instrument the request relies on.", at, path + "/instrument");
                continue;
            }
            // A code not listed is kept when it is a canonical instrument code (one the gateway wrote for a partner's
            // instrument); anything else cannot travel, the canonical list being of codes.
            var canonical = CanonicalInstrument().IsMatch(written);
            var entry = scope.Lookup(path + "/instrument", at, lists.Instruments, unknownIsWarning: canonical);
            if (entry is null && !canonical) continue;
            if (entry is null) scope.Map(path + "/instrument", "copy", at);
            var parties = Parties(element.Attribute("partes"), entry, at, path + "/parties");
            var articles = new List<string>();
            var articlesAt = element.Attribute("articulos");
            foreach (var article in (articlesAt.Value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                scope.Map($"{path}/articles/{articles.Count}", Conversions.SplitSemicolon, articlesAt with { Value = article });
                articles.Add(article);
            }
            bases.Add(new LegalBasis { Instrument = entry?["instrument"] ?? written, Parties = parties, Articles = articles });
        }
        return bases;
    }

    private List<string> Parties(Gateway.Sdk.Diagnostics.SourceLocation partesAt, Gateway.Sdk.CodeLists.CodeListEntry? entry, Gateway.Sdk.Diagnostics.SourceLocation codeAt, string listPath)
    {
        var parties = new List<string>();
        if (partesAt.Trimmed() is null)
        {
            foreach (var party in (entry?["parties"] ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                scope.Map($"{listPath}/{parties.Count}", lists.Instruments.ConversionName, codeAt);
                parties.Add(party);
            }
            return parties;
        }
        foreach (var party in partesAt.Value!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (scope.Country($"{listPath}/{parties.Count}", partesAt with { Value = party }) is { } country) parties.Add(country);
        return parties;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CanonicalInstrument();
}
