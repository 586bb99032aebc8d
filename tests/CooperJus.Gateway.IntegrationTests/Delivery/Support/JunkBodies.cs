using System.Buffers.Text;
using System.Text;

namespace CooperJus.Gateway.IntegrationTests.Delivery.Support;

/// <summary>
/// What anyone without a key can POST to a partner endpoint: random bytes, or a compact JWS of the right shape with a
/// well-formed header and JSON payload but a key id no directory lists and a made-up signature (it gets as far as the
/// key lookup). Seeded, so a run can be repeated.
/// </summary>
internal static class JunkBodies
{
    private const int SignatureLength = 86; // base64url of a 64-byte ES256 signature

    /// <summary>Junk for post <paramref name="index"/>: <paramref name="size"/> random bytes for even indexes, a forged JWS of about that size (at most 3 bytes less) for odd ones.</summary>
    public static byte[] For(int index, int size, int seed)
    {
        var random = new Random(seed + index);
        return index % 2 == 0 ? RandomBytes(random, size) : ForgedJws(random, size, $"nobody-{index}");
    }

    public static byte[] RandomBytes(Random random, int size)
    {
        var bytes = new byte[size];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A canonical compact JWS of at most <paramref name="size"/> bytes (and within 3 of it), signed by nobody under <paramref name="keyId"/>.</summary>
    public static byte[] ForgedJws(Random random, int size, string keyId)
    {
        var header = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($$"""{"alg":"ES256","kid":"{{keyId}}","typ":"cooperjus-envelope+jwt","cty":"json"}"""));
        var payloadBytes = (size - header.Length - SignatureLength - 2) / 4 * 3;
        var prefix = $$"""{"messageId":"{{Guid.NewGuid():D}}","from":"pe","to":"es","junk":""";
        var junk = new char[payloadBytes - prefix.Length - 2];
        for (var i = 0; i < junk.Length; i++) junk[i] = (char)('a' + random.Next(26));
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(prefix + new string(junk) + "\"}"));
        var signature = new byte[64];
        random.NextBytes(signature);
        return Encoding.ASCII.GetBytes($"{header}.{payload}.{Base64Url.EncodeToString(signature)}");
    }
}
