using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.EC.Mapping;

/// <summary>
/// <c>delitos</c>: the COIP article (<c>COIP-317</c>) and its wording as the fiscal wrote it. The article is looked up
/// in <c>offences.csv</c> for its ICCS code and provision; one not listed is kept as written, unclassified, with a
/// warning, so a missing line never blocks a request.
/// </summary>
internal static class OffenceMapping
{
    public static List<Offence> Offences(RecordContext context, JsonObjectView solicitud)
    {
        var offences = new List<Offence>();
        foreach (var delito in solicitud.Objects("delitos", "/offences"))
        {
            var path = Paths.Item("/offences", offences.Count);
            var articleAt = delito.RequiredString("articulo", path + "/nationalCode");
            var wording = context.Text(delito, "descripcion", path + "/nationalWording");
            if (articleAt is null) continue;
            var code = context.Scope.Text(path + "/nationalCode", articleAt)!;
            var entry = context.Scope.Lookup(path + "/iccsCode", articleAt, context.Lists.Offences, unknownIsWarning: true);
            if (entry?["provision"] is not null) context.Scope.Map(path + "/legalProvision", context.Lists.Offences.ConversionName, articleAt);
            offences.Add(new Offence { NationalCode = code, IccsCode = entry?["iccs"], NationalWording = wording, LegalProvision = entry?["provision"] });
        }
        return offences;
    }
}
