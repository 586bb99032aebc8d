using System.Buffers.Text;
using System.Text.Json;

namespace CooperJus.Gateway.Core.Audit.Evidence;

/// <summary>Reads the <c>kid</c> of a compact JWS's protected header without verifying anything (to pick the key file).</summary>
internal static class JwsKeyId
{
    public static string? Of(ReadOnlySpan<byte> jws)
    {
        var dot = jws.IndexOf((byte)'.');
        if (dot <= 0) return null;
        try
        {
            var header = Base64Url.DecodeFromUtf8(jws[..dot]);
            using var json = JsonDocument.Parse(header);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                ? kid.GetString()
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
