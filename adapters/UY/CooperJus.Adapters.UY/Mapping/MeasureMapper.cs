using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;
using F = CooperJus.Adapters.UY.Reading.SippauFields;

namespace CooperJus.Adapters.UY.Mapping;

/// <summary>The delitos (offence codes, through <c>offences.csv</c>) and medidas (through <c>measures.csv</c>) of a solicitud.</summary>
internal sealed class MeasureMapper(NationalCodeLists lists)
{
    /// <summary>Each code of <c>delitos</c>; a code not in <c>offences.csv</c> is kept as written with a warning.</summary>
    public List<Offence> Offences(RecordScope scope, JsonObjectView solicitud)
    {
        var offences = new List<Offence>();
        foreach (var at in solicitud.Strings(F.Delitos, "/offences"))
        {
            var path = $"/offences/{offences.Count}";
            if (scope.Text(path + "/nationalCode", at) is not { } code) continue;
            var entry = scope.Lookup(path + "/iccsCode", at, lists.Offences, unknownIsWarning: true);
            if (entry?["provision"] is not null) scope.Map(path + "/legalProvision", lists.Offences.ConversionName, at);
            offences.Add(new Offence { NationalCode = code, IccsCode = entry?["iccs"], LegalProvision = entry?["provision"] });
        }
        return offences;
    }

    /// <summary>Each medida; a code not in <c>measures.csv</c> rejects the solicitud.</summary>
    public List<Measure> Measures(RecordScope scope, JsonObjectView solicitud, IReadOnlySet<string> refs)
    {
        var measures = new List<Measure>();
        foreach (var medida in solicitud.Objects(F.Medidas, "/measures"))
        {
            var path = $"/measures/{measures.Count}";
            var codeAt = medida.RequiredString(F.Codigo, path + "/type");
            var type = Reads.Code<MeasureType>(scope, codeAt, new CodeListLookup(lists.Measures, "type"), path + "/type");
            var description = Reads.Text(scope, medida, F.Descripcion, path + "/description");
            var subjects = Reads.Refs(scope, medida, F.Afectados, path + "/subjects", refs, "/ref");
            var purpose = Reads.Text(scope, medida, F.Finalidad, path + "/purpose");
            var order = medida.Object(F.Orden, path + "/nationalOrder") is { } orden ? Order(scope, orden, path + "/nationalOrder") : null;
            if (type is null) continue;
            var code = scope.Text(path + "/nationalCode", codeAt!)!;
            measures.Add(new Measure
            {
                Type = type.Value,
                NationalCode = code,
                Description = description,
                Purpose = purpose,
                NationalOrder = order,
                Subjects = [.. subjects.Select(r => new MeasureSubject { Ref = r })],
            });
        }
        return measures;
    }

    /// <summary>The order behind a coercive medida: who issued it (a judge's or the fiscal's), its number and date.</summary>
    private NationalOrder? Order(RecordScope scope, JsonObjectView orden, string path)
    {
        var issuer = Reads.Code<OrderIssuer>(scope, orden.RequiredString(F.Emisor, path + "/issuedBy"), new CodeListLookup(lists.OrderIssuers, "issuer"), path + "/issuedBy");
        var authority = Reads.Text(scope, orden, F.Autoridad, path + "/authority");
        var reference = Reads.Text(scope, orden, F.Numero, path + "/reference");
        var date = Reads.IsoDate(scope, orden, F.Fecha, path + "/date");
        return issuer is null ? null : new NationalOrder { IssuedBy = issuer.Value, Authority = authority, Reference = reference, Date = date };
    }
}
