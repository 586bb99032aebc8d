namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// Checks that bytes are a compact JWS written the one canonical way: three non-empty base64url parts joined by dots,
/// no padding, no whitespace, and no stray bits in the last character of a part.
/// </summary>
/// <remarks>
/// The stray-bits rule matters: a 64-byte ES256 signature is 86 base64url characters whose last one carries 4 unused
/// bits, so without it 16 different texts decode to the same signature and a changed message would still verify.
/// Refusing them makes "any change to the bytes is refused" true, which is what <c>payloadSha256</c> relies on.
/// </remarks>
internal static class CompactJwsShape
{
    /// <summary>Null when <paramref name="body"/> has the canonical shape; otherwise what is wrong, in words.</summary>
    public static string? Problem(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty) return "The body is empty.";
        var parts = 0;
        var start = 0;
        for (var i = 0; i <= body.Length; i++)
        {
            if (i < body.Length && body[i] != (byte)'.')
            {
                if (Value(body[i]) < 0) return $"The byte at offset {i} (0x{body[i]:x2}) is neither a base64url character nor a dot.";
                continue;
            }
            parts++;
            if (parts > 3) return "A compact JWS has exactly three parts separated by dots; this has more.";
            if (PartProblem(body[start..i], parts) is { } problem) return problem;
            start = i + 1;
        }
        return parts == 3 ? null : $"A compact JWS has exactly three parts separated by dots; this has {parts}.";
    }

    private static string? PartProblem(ReadOnlySpan<byte> part, int number)
    {
        var name = number switch { 1 => "header", 2 => "payload", _ => "signature" };
        if (part.IsEmpty) return $"The {name} part is empty.";
        var unusedBits = (part.Length % 4) switch { 0 => 0, 2 => 4, 3 => 2, _ => -1 };
        if (unusedBits < 0) return $"The {name} part has a length ({part.Length}) that no base64url text has.";
        var mask = (1 << unusedBits) - 1;
        return (Value(part[^1]) & mask) == 0 ? null : $"The {name} part is not canonical base64url: its last character carries bits beyond the data.";
    }

    private static int Value(byte c) => c switch
    {
        >= (byte)'A' and <= (byte)'Z' => c - 'A',
        >= (byte)'a' and <= (byte)'z' => c - 'a' + 26,
        >= (byte)'0' and <= (byte)'9' => c - '0' + 52,
        (byte)'-' => 62,
        (byte)'_' => 63,
        _ => -1,
    };
}
