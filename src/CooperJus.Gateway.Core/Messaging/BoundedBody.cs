using System.Buffers;
using System.Security.Cryptography;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// An HTTP body read from a stream: its bytes when within the limit, and always its length and SHA-256 over every
/// byte, so that a too-large message still gets a receipt that names it. <see cref="Head"/> keeps its first bytes (up
/// to the limit) either way, as evidence of what a too-large body was.
/// </summary>
internal sealed record BoundedBody(byte[]? Bytes, long Length, string Sha256, byte[] Head)
{
    public static async Task<BoundedBody> ReadAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var kept = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long length = 0;
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                length += read;
                // Past the limit the bytes are only hashed, never kept: memory stays bounded whatever is sent.
                if (kept.Length < limit) kept.Write(buffer, 0, (int)Math.Min(read, limit - kept.Length));
            }
            var head = kept.ToArray();
            return new BoundedBody(length <= limit ? head : null, length, Convert.ToHexStringLower(hash.GetHashAndReset()), head);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
