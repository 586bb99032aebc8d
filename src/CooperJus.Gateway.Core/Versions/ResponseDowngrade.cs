using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Core.Versions;

/// <summary>
/// Writes a v2 cooperation response as v1, for a partner that accepts only <see cref="SchemaVersions.V1"/>. A status
/// v1 lacks is sent as its nearest v1 status (<see cref="ResponseStatusV1"/>). The v2 facts v1 has no field for (the
/// status itself, refusal grounds, postponement date, conditions, information needed, forwarding, substitute measure,
/// costs, use limitations) are written into v1's text fields (the response's <c>message</c>, a result's
/// <c>summary</c>) so the partner's staff still read them. Each gets a note naming its canonical path; any other
/// non-empty v2 field is left out with a note.
/// </summary>
public static class ResponseDowngrade
{
    /// <summary>The v1 form of <paramref name="response"/> (a v2 cooperation response; not changed) and what it could not carry as it was.</summary>
    public static VersionConversion Apply(JsonObject response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var document = (JsonObject)response.DeepClone();
        var notes = new List<Problem>();
        document["schemaVersion"] = SchemaVersions.V1;
        var lines = new List<string>();
        Status(document, "", "message", lines, notes);
        if (JsonValues.IsNonEmpty(document["useLimitations"]))
        {
            var limits = JsonValues.Objects(document, "useLimitations").Select(u => $"{JsonValues.String(u.Item, "kind")}: {JsonValues.String(u.Item, "text")}");
            lines.Add($"Use limitations: {string.Join("; ", limits)}");
            notes.Add(CarriedAsText("/useLimitations", "/message"));
        }
        document.Remove("useLimitations");
        Prepend(document, "message", lines);
        foreach (var (index, result) in JsonValues.Objects(document, "results")) Result(result, $"/results/{index}", notes);
        SchemaShape.ResponseV1.Fit(document, notes);
        return new VersionConversion(document, SchemaVersions.V1, notes);
    }

    private static void Result(JsonObject result, string path, List<Problem> notes)
    {
        var lines = new List<string>();
        Status(result, path, "summary", lines, notes);
        foreach (var (name, describe) in Facts)
        {
            if (!JsonValues.IsNonEmpty(result[name])) continue;
            lines.Add(describe(result[name]!));
            notes.Add(CarriedAsText($"{path}/{name}", $"{path}/summary"));
        }
        foreach (var (name, _) in Facts) result.Remove(name);
        Prepend(result, "summary", lines);
    }

    /// <summary>The v2 facts of a result, in model order, each as the line a v1 reader gets.</summary>
    private static readonly (string Name, Func<JsonNode, string> Describe)[] Facts =
    [
        ("refusalGrounds", node => "Refusal grounds: " + string.Join("; ", ((JsonArray)node).OfType<JsonObject>()
            .Select(g => JsonValues.String(g, "explanation") is { } why ? $"{JsonValues.String(g, "code")} ({why})" : JsonValues.String(g, "code")))),
        ("postponedUntil", node => $"Postponed until: {JsonValues.Text(node)}"),
        ("conditions", node => "Conditions: " + string.Join("; ", ((JsonArray)node).Select(JsonValues.Text))),
        ("informationNeeded", node => "Information needed: " + string.Join("; ", ((JsonArray)node).OfType<JsonObject>()
            .Select(i => JsonValues.String(i, "by") is { } by ? $"{JsonValues.String(i, "description")} (by {by})" : JsonValues.String(i, "description")))),
        ("forwardedTo", node => $"Forwarded to: {Authority((JsonObject)node)}"),
        ("substituteMeasure", node => $"Substitute measure: {JsonValues.Text(node)}"),
        ("costs", node => $"Costs: {Costs((JsonObject)node)}"),
    ];

    /// <summary>A status v1 lacks is sent as its nearest; the v2 status opens the text.</summary>
    private static void Status(JsonObject obj, string path, string textField, List<string> lines, List<Problem> notes)
    {
        var status = JsonValues.String(obj, "status");
        if (ResponseStatusV1.For(status) is not { } nearest) return;
        obj["status"] = nearest;
        lines.Add($"Status (v2): {status}.");
        notes.Add(Problem.Warning(VersionRules.Changed,
            $"{path}/status {status} is not a v1 status; it was sent as {nearest}, with {status} at the start of {path}/{textField}.", canonicalPath: $"{path}/status"));
    }

    private static void Prepend(JsonObject obj, string field, List<string> lines)
    {
        if (lines.Count == 0) return;
        if (JsonValues.String(obj, field) is { Length: > 0 } text) lines.Add(text);
        obj[field] = string.Join("\n", lines);
    }

    private static string Authority(JsonObject authority) =>
        string.Join(", ", new[] { JsonValues.String(authority, "name"), JsonValues.String(authority, "unit"), JsonValues.String(authority, "country") }.Where(s => s is not null));

    private static string Costs(JsonObject costs)
    {
        var amount = costs["amount"] as JsonObject;
        var text = $"{JsonValues.String(amount, "amount")} {JsonValues.String(amount, "currency")}";
        if (costs["extraordinary"] is JsonValue flag && flag.TryGetValue<bool>(out var extraordinary) && extraordinary) text += " (extraordinary)";
        return JsonValues.String(costs, "description") is { } description ? $"{text}: {description}" : text;
    }

    private static Problem CarriedAsText(string path, string into) =>
        Problem.Warning(VersionRules.CarriedAsText, $"{path} has no place in version {SchemaVersions.V1}; it was written into {into}.", canonicalPath: path);
}
