using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Core.Versions;

/// <summary>
/// Reads a v1 cooperation request as v2: measure <c>targets</c> become subjects with a ref and no capacity (v1 cannot
/// say one); <c>videoconference-hearing</c> becomes a witness hearing (a suspect hearing when its first target is a
/// suspect or accused person) with the modality videoconference; <c>urgency.respondBy</c> becomes an <c>execute</c>
/// deadline; an organisation's role <c>suspect</c> becomes <c>investigated</c> (no liability: v1 cannot say which).
/// <c>confidentiality.useLimitations</c> are not carried: the requested State imposes use limitations in its response,
/// so a request cannot; each gets a note. Everything else is the same in both versions. What v1 could not say stays empty.
/// </summary>
public static class RequestUpgrade
{
    /// <summary>The v2 form of <paramref name="request"/> (a v1 cooperation request, schema-valid; not changed) and what was not carried.</summary>
    public static VersionConversion Apply(JsonObject request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = (JsonObject)request.DeepClone();
        var notes = new List<Problem>();
        document["schemaVersion"] = SchemaVersions.V2;
        var persons = JsonValues.Objects(document, "persons").Select(p => p.Item).ToList();
        foreach (var (_, measure) in JsonValues.Objects(document, "measures")) Measure(measure, persons);
        if (document["urgency"] is JsonObject urgency && JsonValues.String(urgency, "respondBy") is { } respondBy)
            JsonValues.Replace(urgency, "respondBy", "deadlines", new JsonArray(new JsonObject { ["kind"] = "execute", ["by"] = respondBy }));
        if (document["confidentiality"] is JsonObject confidentiality) UseLimitations(confidentiality, notes);
        foreach (var (_, organisation) in JsonValues.Objects(document, "organisations"))
        {
            if (JsonValues.String(organisation, "role") == "suspect") organisation["role"] = "investigated";
        }
        return new VersionConversion(document, SchemaVersions.V2, notes);
    }

    /// <summary>
    /// The v2 hearing type of a v1 <c>videoconference-hearing</c> whose first target is <paramref name="firstTarget"/>:
    /// a suspect hearing when that target is a person whose role is suspect or accused, otherwise a witness hearing.
    /// </summary>
    internal static string HearingType(string? firstTarget, IEnumerable<JsonObject> persons)
    {
        var person = persons.FirstOrDefault(p => firstTarget is not null && JsonValues.String(p, "ref") == firstTarget);
        return JsonValues.String(person, "role") is "suspect" or "accused" ? "suspect-hearing" : "witness-hearing";
    }

    private static void Measure(JsonObject measure, List<JsonObject> persons)
    {
        var targets = JsonValues.Strings(measure, "targets");
        JsonValues.Replace(measure, "targets", "subjects", new JsonArray([.. targets.Select(t => (JsonNode)new JsonObject { ["ref"] = t })]));
        if (JsonValues.String(measure, "type") != "videoconference-hearing") return;
        measure["type"] = HearingType(targets.FirstOrDefault(), persons);
        // Where the v2 model writes it: after the subjects (and the banking and telecom particulars a v1 measure has not).
        JsonValues.InsertAfter(measure, "subjects", "hearing", new JsonObject { ["modality"] = "videoconference" });
    }

    private static void UseLimitations(JsonObject confidentiality, List<Problem> notes)
    {
        foreach (var (index, _) in JsonValues.Strings(confidentiality, "useLimitations").Select((text, i) => (i, text)))
        {
            var path = $"/confidentiality/useLimitations/{index}";
            notes.Add(Problem.Warning(VersionRules.Upgraded,
                $"{path} was not carried into version {SchemaVersions.V2}: use limitations are the requested State's to impose, in its response; the request as received keeps it.", canonicalPath: path));
        }
        confidentiality.Remove("useLimitations");
    }
}
