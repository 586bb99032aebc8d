using System.Text.Json;
using System.Text.Json.Nodes;

namespace CooperJus.Gateway.Benchmarks.Generation;

/// <summary>Template pedidos taken from the good Sistema Único samples (<c>samples/BR/*.json</c>).</summary>
internal static class BrSampleTemplates
{
    /// <summary>
    /// The pedidos of every JSON file directly in <paramref name="folder"/> (not <c>bad/</c>) and the first file's
    /// root properties; null when there is no readable sample.
    /// </summary>
    public static BrTemplateSet? Load(string folder)
    {
        if (!Directory.Exists(folder)) return null;
        IReadOnlyList<KeyValuePair<string, JsonNode?>>? header = null;
        var pedidos = new List<JsonObject>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            if (Parse(path) is not JsonObject root || root["pedidos"] is not JsonArray array) continue;
            header ??= root.Where(p => p.Key != "pedidos").Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())).ToList();
            pedidos.AddRange(array.OfType<JsonObject>().Select(p => (JsonObject)p.DeepClone()));
        }
        return header is null || pedidos.Count == 0 ? null : new BrTemplateSet(header, pedidos);
    }

    private static JsonNode? Parse(string path)
    {
        try
        {
            return JsonNode.Parse(SampleText.Read(path));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
