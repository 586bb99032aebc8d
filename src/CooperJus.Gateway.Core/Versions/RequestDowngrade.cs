using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Core.Versions;

/// <summary>
/// Writes a v2 cooperation request as v1, for a partner that accepts only <see cref="SchemaVersions.V1"/>. What v1 has
/// a place for under another name is moved there: measure subjects become <c>targets</c> (their refs), a hearing by
/// videoconference becomes <c>videoconference-hearing</c>, an <c>investigated</c> organisation a <c>suspect</c>, the
/// earliest <c>execute</c> deadline <c>urgency.respondBy</c>. A measure type v1 lacks is sent as <c>other</c> with the
/// v2 type at the start of the measure's <c>description</c>, and a measure's purpose is written at the end of it, so
/// the partner's staff still read what is asked and why. Every other non-empty v2 field is left out. Each of these gets
/// a note naming its canonical path.
/// </summary>
public static class RequestDowngrade
{
    /// <summary>v2 measure types v1 does not have; v1 has every other one under the same code.</summary>
    internal static readonly IReadOnlySet<string> TypesV1Lacks = new HashSet<string>(StringComparer.Ordinal)
    {
        "data-preservation", "stored-content-production", "temporary-transfer-of-detained-person", "location-of-persons", "inspection", "asset-tracing", "asset-return",
    };

    /// <summary>The v1 form of <paramref name="request"/> (a v2 cooperation request; not changed) and what it could not carry.</summary>
    public static VersionConversion Apply(JsonObject request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = (JsonObject)request.DeepClone();
        var notes = new List<Problem>();
        document["schemaVersion"] = SchemaVersions.V1;
        var persons = JsonValues.Objects(document, "persons").Select(p => p.Item).ToList();
        foreach (var (index, measure) in JsonValues.Objects(document, "measures")) Measure(measure, $"/measures/{index}", persons, notes);
        if (document["urgency"] is JsonObject urgency) Deadlines(urgency, notes);
        // v1 writers always wrote their lists, empty or not: written the same, a v1 document read as v2 and sent back is the same text.
        if (document["confidentiality"] is JsonObject confidentiality) JsonValues.InsertAfter(confidentiality, "confidential", "useLimitations", new JsonArray());
        foreach (var (_, organisation) in JsonValues.Objects(document, "organisations"))
        {
            if (JsonValues.String(organisation, "role") == "investigated") organisation["role"] = "suspect";
        }
        SchemaShape.RequestV1.Fit(document, notes);
        return new VersionConversion(document, SchemaVersions.V1, notes);
    }

    private static void Measure(JsonObject measure, string path, List<JsonObject> persons, List<Problem> notes)
    {
        Subjects(measure, path, notes);
        Hearing(measure, path, persons, notes);
        var type = JsonValues.String(measure, "type") ?? "";
        var description = JsonValues.String(measure, "description");
        var changed = false;
        if (TypesV1Lacks.Contains(type))
        {
            measure["type"] = "other";
            description = description is null ? type : $"{type}: {description}";
            changed = true;
            notes.Add(Problem.Warning(VersionRules.Changed, $"{path}/type {type} is not a v1 measure type; it was sent as other, with {type} at the start of {path}/description.", canonicalPath: $"{path}/type"));
        }
        // Why the evidence is needed (UNCAC art. 46(15)(f)) matters to whoever executes the measure: v1 readers find it in the description.
        if (JsonValues.String(measure, "purpose") is { Length: > 0 } purpose)
        {
            description = description is null ? $"Purpose: {purpose}" : $"{description}\nPurpose: {purpose}";
            changed = true;
            notes.Add(Problem.Warning(VersionRules.CarriedAsText, $"{path}/purpose has no place in version {SchemaVersions.V1}; it was written at the end of {path}/description.", canonicalPath: $"{path}/purpose"));
        }
        measure.Remove("purpose");
        if (!changed) return;
        if (measure.ContainsKey("description")) measure["description"] = description;
        else JsonValues.InsertAfter(measure, measure.ContainsKey("nationalCode") ? "nationalCode" : "type", "description", description);
    }

    /// <summary>Subjects become targets (refs, in order); v1 has no capacity.</summary>
    private static void Subjects(JsonObject measure, string path, List<Problem> notes)
    {
        var targets = new JsonArray();
        foreach (var (index, subject) in JsonValues.Objects(measure, "subjects"))
        {
            targets.Add(JsonValues.String(subject, "ref"));
            if (JsonValues.IsNonEmpty(subject["capacity"]))
                notes.Add(Problem.Warning(VersionRules.NotCarried, $"{path}/subjects/{index}/capacity has no place in version {SchemaVersions.V1} (a target has no capacity); it was not sent.", canonicalPath: $"{path}/subjects/{index}/capacity"));
        }
        JsonValues.Replace(measure, "subjects", "targets", targets);
    }

    /// <summary>
    /// A witness or suspect hearing by videoconference is v1's <c>videoconference-hearing</c>. A v1 reader takes it for a
    /// suspect hearing only when its first target is a suspect or accused person, so a hearing that would read back
    /// otherwise gets a note.
    /// </summary>
    private static void Hearing(JsonObject measure, string path, List<JsonObject> persons, List<Problem> notes)
    {
        var type = JsonValues.String(measure, "type");
        if (type is not ("witness-hearing" or "suspect-hearing") || measure["hearing"] is not JsonObject hearing || JsonValues.String(hearing, "modality") != "videoconference") return;
        measure["type"] = "videoconference-hearing";
        hearing.Remove("modality");
        var readBack = RequestUpgrade.HearingType(JsonValues.Strings(measure, "targets").FirstOrDefault(), persons);
        if (readBack != type)
            notes.Add(Problem.Warning(VersionRules.Changed, $"{path}/type {type} by videoconference was sent as videoconference-hearing; the partner will read it as a {readBack}.", canonicalPath: $"{path}/type"));
    }

    /// <summary>The earliest execute deadline is v1's respondBy; v1 has no other deadline and no reasons.</summary>
    private static void Deadlines(JsonObject urgency, List<Problem> notes)
    {
        var deadlines = JsonValues.Objects(urgency, "deadlines").ToList();
        var earliest = deadlines.Where(d => JsonValues.String(d.Item, "kind") == "execute")
            .OrderBy(d => JsonValues.String(d.Item, "by"), StringComparer.Ordinal).Select(d => (int?)d.Index).FirstOrDefault();
        string? respondBy = null;
        foreach (var (index, deadline) in deadlines)
        {
            var path = $"/urgency/deadlines/{index}";
            if (index == earliest)
            {
                respondBy = JsonValues.String(deadline, "by");
                if (JsonValues.IsNonEmpty(deadline["reason"]))
                    notes.Add(Problem.Warning(VersionRules.NotCarried, $"{path}/reason has no place in version {SchemaVersions.V1} (its date was sent as /urgency/respondBy); it was not sent.", canonicalPath: $"{path}/reason"));
                continue;
            }
            notes.Add(Problem.Warning(VersionRules.NotCarried, $"{path} ({JsonValues.String(deadline, "kind")}) has no place in version {SchemaVersions.V1}, which has one execute date only; it was not sent.", canonicalPath: path));
        }
        if (respondBy is null) urgency.Remove("deadlines");
        else JsonValues.Replace(urgency, "deadlines", "respondBy", respondBy);
    }
}
