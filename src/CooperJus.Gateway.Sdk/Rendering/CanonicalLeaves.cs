using System.Text.Json;

namespace CooperJus.Gateway.Sdk.Rendering;

/// <summary>
/// The canonical document of a request as JSON, with the JSON pointers of its fields: the same document, names and
/// codes as <see cref="CanonicalSerializerOptions"/> writes (camelCase, kebab-case codes, nulls left out), so the paths a render
/// warning names are those of the document the partner sent.
/// </summary>
internal static class CanonicalLeaves
{
    /// <summary>Fields that describe the canonical document, not the request: no national format has a place for them, and reading gives their own.</summary>
    public static readonly IReadOnlyList<string> DocumentFields = ["/schemaVersion", "/provenance"];

    /// <summary>True for a value that says something: not null, not a blank string, not an empty array or object.</summary>
    public static bool IsPresent(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => false,
        JsonValueKind.String => !string.IsNullOrWhiteSpace(value.GetString()),
        JsonValueKind.Array => value.EnumerateArray().Any(IsPresent),
        JsonValueKind.Object => value.EnumerateObject().Any(p => IsPresent(p.Value)),
        _ => true,
    };

    /// <summary>Every non-empty leaf (string, number, boolean) with its pointer, in document order, leaving out <see cref="DocumentFields"/>.</summary>
    public static IEnumerable<(string Pointer, JsonElement Value)> Of(JsonElement document)
    {
        foreach (var property in document.EnumerateObject())
        {
            var pointer = "/" + Escape(property.Name);
            if (DocumentFields.Contains(pointer, StringComparer.Ordinal)) continue;
            foreach (var leaf in Walk(pointer, property.Value)) yield return leaf;
        }
    }

    /// <summary>The value at <paramref name="pointer"/>, or null when the document has none there.</summary>
    public static JsonElement? Find(JsonElement document, string pointer)
    {
        var current = document;
        if (pointer.Length == 0) return current;
        foreach (var raw in pointer[1..].Split('/'))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child)) current = child;
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < current.GetArrayLength()) current = current[index];
            else return null;
        }
        return current;
    }

    private static IEnumerable<(string Pointer, JsonElement Value)> Walk(string pointer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                    foreach (var leaf in Walk(pointer + "/" + Escape(property.Name), property.Value)) yield return leaf;
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                    foreach (var leaf in Walk(pointer + "/" + index++.ToString(System.Globalization.CultureInfo.InvariantCulture), item)) yield return leaf;
                break;
            default:
                if (IsPresent(value)) yield return (pointer, value);
                break;
        }
    }

    private static string Escape(string name) =>
        name.Contains('~', StringComparison.Ordinal) || name.Contains('/', StringComparison.Ordinal)
            ? name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)
            : name;
}
