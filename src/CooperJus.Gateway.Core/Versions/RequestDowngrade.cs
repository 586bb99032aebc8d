using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Core.Versions;

/// <summary>
/// Writes a v2 cooperation request as v1, for a partner that accepts only <see cref="SchemaVersions.V1"/>. What v1 has
/// a place for under another name is moved there: measure subjects become <c>targets</c> (their refs), a hearing by
/// videoconference becomes <c>videoconference-hearing</c>, an <c>investigated</c> organisation a <c>suspect</c>, the
/// earliest <c>execute</c> deadline <c>urgency.respondBy</c>. A measure type v1 lacks is sent as <c>other</c>, and the
/// measure's type, description and purpose are written at the start of its <c>formalities</c>, the one free text of a
/// v1 measure, so the partner's staff still read what is asked. Every other non-empty v2 field is left out. Each of
/// these gets a note naming its canonical path.
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
        var text = new List<string>();
        if (TypesV1Lacks.Contains(type))
        {
            measure["type"] = "other";
            text.Add($"Measure (v2): {type}.");
            notes.Add(Problem.Warning(VersionRules.Changed, $"{path}/type {type} is not a v1 measure type; it was sent as other, with {type} at the start of its formalities.", canonicalPath: $"{path}/type"));
        }
        foreach (var (name, label) in new[] { ("description", "Description"), ("purpose", "Purpose") })
        {
            if (JsonValues.String(measure, name) is not { Length: > 0 } value) continue;
            text.Add($"{label}: {value}");
            measure.Remove(name);
            notes.Add(Problem.Warning(VersionRules.CarriedAsText, $"{path}/{name} has no place in version {SchemaVersions.V1}; it was written at the start of {path}/formalities.", canonicalPath: $"{path}/{name}"));
        }
        if (text.Count == 0) return;
        if (JsonValues.String(measure, "formalities") is { Length: > 0 } formalities) text.Add(formalities);
        measure["formalities"] = string.Join("\n", text);
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
        measure.Remove("subjects");
        measure["targets"] = targets;
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
        foreach (var (index, deadline) in deadlines)
        {
            var path = $"/urgency/deadlines/{index}";
            if (index == earliest)
            {
                urgency["respondBy"] = JsonValues.String(deadline, "by");
                if (JsonValues.IsNonEmpty(deadline["reason"]))
                    notes.Add(Problem.Warning(VersionRules.NotCarried, $"{path}/reason has no place in version {SchemaVersions.V1} (its date was sent as /urgency/respondBy); it was not sent.", canonicalPath: $"{path}/reason"));
                continue;
            }
            notes.Add(Problem.Warning(VersionRules.NotCarried, $"{path} ({JsonValues.String(deadline, "kind")}) has no place in version {SchemaVersions.V1}, which has one execute date only; it was not sent.", canonicalPath: path));
        }
        urgency.Remove("deadlines");
    }
}
