using System.Buffers;
using System.Security.Cryptography;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// An HTTP body read from a stream: its bytes when within the limit, and always its length and SHA-256 over every
/// byte, so that a too-large message still gets a receipt that names it. <see cref="Head"/> is its first bytes (at most
/// the number asked for), the evidence kept of a too-large body.
/// </summary>
/// <remarks>
/// Memory stays bounded whatever is sent: a body within the limit is held once (in one array of the declared
/// <c>Content-Length</c>, or in pooled chunks copied once into an array of its exact size when no length was declared);
/// past the limit only the head is kept and the rest is hashed and dropped as it arrives.
/// </remarks>
internal sealed record BoundedBody(byte[]? Bytes, long Length, string Sha256, ReadOnlyMemory<byte> Head)
{
    /// <summary>Reads <paramref name="body"/> to its end, keeping it when at most <paramref name="limit"/> bytes.</summary>
    public static Task<BoundedBody> ReadAsync(Stream body, long limit, CancellationToken cancellationToken) =>
        ReadAsync(body, limit, declaredLength: null, headBytes: 0, cancellationToken);

    /// <summary>
    /// Reads <paramref name="body"/> to its end, keeping it when at most <paramref name="limit"/> bytes.
    /// <paramref name="declaredLength"/> is the sender's <c>Content-Length</c>, when it gave one.
    /// </summary>
    public static async Task<BoundedBody> ReadAsync(Stream body, long limit, long? declaredLength, int headBytes, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, Array.MaxLength);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var kept = new PooledChunks();
        if (declaredLength is { } declared && declared >= 0 && declared <= limit)
        {
            var exact = GC.AllocateUninitializedArray<byte>((int)declared);
            var filled = await body.ReadAtLeastAsync(exact, exact.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            hash.AppendData(exact, 0, filled);
            var probe = new byte[1];
            if (filled < exact.Length || await body.ReadAsync(probe, cancellationToken).ConfigureAwait(false) == 0)
            {
                var bytes = filled == exact.Length ? exact : exact[..filled];
                return new BoundedBody(bytes, filled, Convert.ToHexStringLower(hash.GetHashAndReset()), bytes.AsMemory(0, Math.Min(headBytes, filled)));
            }
            // More than was declared (a stream that is not an HTTP server's): carry on as for a body of unknown length.
            hash.AppendData(probe);
            kept.Append(exact);
            kept.Append(probe);
        }
        // A body declared larger than the limit is refused whatever it holds: keep no more of it than the head.
        var keepUpTo = declaredLength > limit ? Math.Min(headBytes, limit) - 1 : limit;
        var read = await ReadRestAsync(body, limit, keepUpTo, headBytes, kept, hash, cancellationToken).ConfigureAwait(false);
        if (read.Bytes is null && read.Length <= limit)
            throw new EndOfStreamException($"The body ended after {read.Length} bytes, before the {declaredLength} bytes its length announced.");
        return read;
    }

    private static async Task<BoundedBody> ReadRestAsync(Stream body, long limit, long keepUpTo, int headBytes, PooledChunks kept, IncrementalHash hash, CancellationToken cancellationToken)
    {
        while (kept.Length <= keepUpTo)
        {
            var free = kept.FreeSpace();
            var read = await body.ReadAsync(free, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                var all = kept.ToArray(kept.Length);
                return new BoundedBody(all, all.Length, Convert.ToHexStringLower(hash.GetHashAndReset()), all.AsMemory(0, Math.Min(headBytes, all.Length)));
            }
            hash.AppendData(free.Span[..read]);
            kept.Advance(read);
        }
        // Past the limit the bytes are only hashed, never kept: memory stays bounded whatever is sent.
        var head = kept.ToArray(headBytes);
        var length = kept.Length;
        kept.Dispose();
        var scratch = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(scratch, cancellationToken).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(scratch, 0, read);
                length += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
        return new BoundedBody(null, length, Convert.ToHexStringLower(hash.GetHashAndReset()), head);
    }
}
