using System.Security.Cryptography;
using System.Text;

namespace CooperJus.Gateway.Core.Outbound;

/// <summary>
/// Message ids derived from what the message is, so the same request is never queued twice: a file claimed again
/// after a crash, or exported again by the national system, yields the same ids, and the store keeps the first.
/// Name-based UUID version 8 over SHA-256, as <see cref="Sdk.RequestIds"/>.
/// </summary>
public static class MessageIds
{
    /// <summary>The one message that carries request <paramref name="requestId"/> to <paramref name="partnerId"/>.</summary>
    public static string ForRequest(string requestId, string partnerId) => FromName($"cooperation-request|{requestId}|{partnerId}");

    /// <summary>The one message that carries response <paramref name="responseId"/>.</summary>
    public static string ForResponse(string responseId) => FromName($"cooperation-response|{responseId}");

    private static string FromName(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
