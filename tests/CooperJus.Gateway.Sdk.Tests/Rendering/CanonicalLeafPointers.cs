using System.Text.Json;
using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Sdk.Tests.Rendering;

/// <summary>
/// The pointers of the non-empty leaves of a request's canonical document, found here independently of the SDK's own
/// walk: the document as the canonical serializer options write it, without the fields that describe the document.
/// </summary>
internal static class CanonicalLeafPointers
{
    public static List<string> Of(CooperationRequest request)
    {
        var pointers = new List<string>();
        var document = JsonNode.Parse(JsonSerializer.Serialize(request, CanonicalSerializerOptions.Indented))!.AsObject();
        document.Remove("schemaVersion");
        document.Remove("provenance");
        Walk("", document, pointers);
        return pointers;
    }

    private static void Walk(string pointer, JsonNode? node, List<string> pointers)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj) Walk($"{pointer}/{name}", child, pointers);
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) Walk($"{pointer}/{i}", array[i], pointers);
                break;
            case JsonValue value when value.GetValueKind() != System.Text.Json.JsonValueKind.String || !string.IsNullOrWhiteSpace(value.GetValue<string>()):
                pointers.Add(pointer);
                break;
        }
    }
}
