using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;
using F = CooperJus.Adapters.UY.Reading.SippauFields;

namespace CooperJus.Adapters.UY.Mapping;

/// <summary>The delitos (offence codes, through <c>offences.csv</c>) and medidas (through <c>measures.csv</c>) of a solicitud.</summary>
internal sealed class MeasureMapper(NationalCodeLists lists)
{
    /// <summary>
    /// Each delito: its code looked up in <c>offences.csv</c> for the ICCS code and provision, unless the delito writes
    /// them itself (a solicitud pasiva describes the foreign offence as the requesting State did). A code neither
    /// listed nor classified by the delito is kept as written with a warning.
    /// </summary>
    public List<Offence> Offences(RecordScope scope, JsonObjectView solicitud)
    {
        var offences = new List<Offence>();
        foreach (var delito in solicitud.Objects(F.Delitos, "/offences"))
        {
            var path = $"/offences/{offences.Count}";
            var codeAt = delito.RequiredString(F.Codigo, path + "/nationalCode");
            var wording = Reads.Text(scope, delito, F.Descripcion, path + "/nationalWording");
            var iccs = Reads.Text(scope, delito, F.Iccs, path + "/iccsCode");
            var provision = Reads.Text(scope, delito, F.Norma, path + "/legalProvision");
            if (codeAt is null) continue;
            var code = scope.Text(path + "/nationalCode", codeAt)!;
            if (iccs is null || provision is null)
            {
                var entry = lists.Offences.Find(code);
                if (iccs is null) iccs = scope.Lookup(path + "/iccsCode", codeAt, lists.Offences, unknownIsWarning: true)?["iccs"];
                if (provision is null && entry?["provision"] is { } listed)
                {
                    scope.Map(path + "/legalProvision", lists.Offences.ConversionName, codeAt);
                    provision = listed;
                }
            }
            offences.Add(new Offence { NationalCode = code, NationalWording = wording, IccsCode = iccs, LegalProvision = provision });
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
