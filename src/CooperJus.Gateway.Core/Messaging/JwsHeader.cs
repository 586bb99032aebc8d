using System.Buffers.Text;
using System.Text.Json;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>The members of a JWS protected header the gateway checks; any other member is ignored.</summary>
/// <param name="Alg">The <c>alg</c> member as text (empty when absent).</param>
/// <param name="Typ">The <c>typ</c> member (empty when absent).</param>
/// <param name="Kid">The <c>kid</c> member (empty when absent).</param>
/// <param name="HasCrit">Whether a <c>crit</c> member is present, whatever its value.</param>
/// <param name="Cty">The <c>cty</c> member as text, or null when absent.</param>
internal sealed record JwsHeader(string Alg, string Typ, string Kid, bool HasCrit, string? Cty)
{
    /// <summary>The header of a JWS's first part (base64url), or null when it is not a JSON object of valid UTF-8.</summary>
    public static JwsHeader? Read(ReadOnlySpan<byte> encoded)
    {
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromUtf8(encoded));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            return new JwsHeader(Text(root, "alg") ?? "", Text(root, "typ") ?? "", Text(root, "kid") ?? "", root.TryGetProperty("crit", out _), Text(root, "cty"));
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    // A member that is not a string is read as its JSON text, so that the error can quote what was sent.
    private static string? Text(JsonElement header, string name) =>
        !header.TryGetProperty(name, out var value) ? null : value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
}
