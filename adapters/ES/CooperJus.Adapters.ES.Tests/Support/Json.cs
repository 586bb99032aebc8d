using System.Text.Json.Nodes;
using CooperJus.Gateway.Core;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.ES.Tests.Support;

/// <summary>Canonical JSON as the tests compare it.</summary>
internal static class Json
{
    /// <summary>The value at a JSON pointer of the request's canonical JSON, as compact JSON text (strings quoted), or null.</summary>
    public static string? At(CooperationRequest request, string pointer)
    {
        JsonNode? node = JsonNode.Parse(CanonicalJson.Serialize(request));
        foreach (var step in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            node = node is JsonArray array ? (int.TryParse(step, out var i) && i < array.Count ? array[i] : null) : node?[step];
        return node?.ToJsonString(CanonicalJson.CompactOptions);
    }

    /// <summary>The canonical JSON without provenance, which names the file and so differs between two reads.</summary>
    public static string WithoutProvenance(CooperationRequest request)
    {
        var node = JsonNode.Parse(CanonicalJson.Serialize(request))!.AsObject();
        node.Remove("provenance");
        return node.ToJsonString(CanonicalJson.Options);
    }
}
