using System.Security.Cryptography;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>SHA-256 as 64 lowercase hexadecimal digits, the form receipts carry.</summary>
internal static class Sha256Hex
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
