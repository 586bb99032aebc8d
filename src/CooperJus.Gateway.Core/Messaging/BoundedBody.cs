using System.Buffers;
using System.Security.Cryptography;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// An HTTP body read from a stream: its bytes when within the limit, and always its length and SHA-256 over every
/// byte, so that a too-large message still gets a receipt that names it. <see cref="Head"/> is its first bytes (at most
/// the number asked for), the evidence kept of a too-large body. Dispose it when done: bytes taken from a pool go back.
/// </summary>
/// <remarks>
/// Memory stays bounded whatever is sent: a body within the limit is held once (in one buffer of the declared
/// <c>Content-Length</c>, or in pooled chunks copied once into a buffer of its exact size when no length was declared);
/// past the limit only the head is kept and the rest is hashed and dropped as it arrives. Buffers come from the pool
/// given, so that a burst of large bodies reuses the same memory instead of leaving the garbage collector a large
/// object heap to catch up with.
/// </remarks>
internal sealed class BoundedBody : IDisposable
{
    private const int ScratchBytes = 64 * 1024;

    private readonly ArrayPool<byte>? _pool;
    private byte[]? _rented;

    private BoundedBody(BodyBuffer? kept, long length, string sha256, ReadOnlyMemory<byte> head, ArrayPool<byte>? pool)
    {
        IsWithinLimit = kept is not null;
        Bytes = kept?.Bytes ?? ReadOnlyMemory<byte>.Empty;
        Length = length;
        Sha256 = sha256;
        Head = head;
        _pool = pool;
        _rented = kept is { IsRented: true } ? kept.Array : null;
    }

    /// <summary>True when the body was no longer than the limit: then <see cref="Bytes"/> is all of it.</summary>
    public bool IsWithinLimit { get; }

    /// <summary>The body, when within the limit (empty otherwise); valid until disposed.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>How many bytes the body had.</summary>
    public long Length { get; }

    /// <summary>SHA-256 (lowercase hex) of every byte of the body.</summary>
    public string Sha256 { get; }

    /// <summary>The body's first bytes, at most as many as asked for; valid until disposed.</summary>
    public ReadOnlyMemory<byte> Head { get; }

    /// <summary>Reads <paramref name="body"/> to its end, keeping it when at most <paramref name="limit"/> bytes.</summary>
    public static Task<BoundedBody> ReadAsync(Stream body, long limit, CancellationToken cancellationToken) =>
        ReadAsync(body, limit, declaredLength: null, headBytes: 0, pool: null, cancellationToken);

    /// <summary>
    /// Reads <paramref name="body"/> to its end, keeping it when at most <paramref name="limit"/> bytes, in a buffer of
    /// <paramref name="pool"/> (when given). <paramref name="declaredLength"/> is the sender's <c>Content-Length</c>,
    /// when it gave one.
    /// </summary>
    public static async Task<BoundedBody> ReadAsync(Stream body, long limit, long? declaredLength, int headBytes, ArrayPool<byte>? pool, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, Array.MaxLength);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var kept = new PooledChunks();
        if (declaredLength is { } declared && declared >= 0 && declared <= limit)
        {
            var exact = BodyBuffer.Take((int)declared, pool);
            var filled = await body.ReadAtLeastAsync(exact.Writable, exact.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            hash.AppendData(exact.Writable.Span[..filled]);
            var probe = new byte[1];
            if (filled == exact.Length && await body.ReadAsync(probe, cancellationToken).ConfigureAwait(false) == 0)
                return new BoundedBody(exact, filled, Convert.ToHexStringLower(hash.GetHashAndReset()), exact.Bytes[..Math.Min(headBytes, filled)], pool);
            // Shorter or longer than declared (a stream that is not an HTTP server's): carry on as for a body of unknown length.
            kept.Append(exact.Writable.Span[..filled]);
            exact.GiveBack(pool);
            if (filled == exact.Length)
            {
                hash.AppendData(probe);
                kept.Append(probe);
            }
        }
        // A body declared larger than the limit is refused whatever it holds: keep no more of it than the head.
        var keepUpTo = declaredLength > limit ? Math.Min(headBytes, limit) - 1 : limit;
        var read = await ReadRestAsync(body, new Reading(limit, keepUpTo, headBytes, pool), kept, hash, cancellationToken).ConfigureAwait(false);
        if (!read.IsWithinLimit && read.Length <= limit)
            throw new EndOfStreamException($"The body ended after {read.Length} bytes, before the {declaredLength} bytes its length announced.");
        return read;
    }

    /// <summary>Gives a pooled buffer back; <see cref="Bytes"/> and <see cref="Head"/> must not be used after.</summary>
    public void Dispose()
    {
        if (_rented is null) return;
        _pool!.Return(_rented);
        _rented = null;
    }

    private static async Task<BoundedBody> ReadRestAsync(Stream body, Reading reading, PooledChunks kept, IncrementalHash hash, CancellationToken cancellationToken)
    {
        // Read on past the limit until the head is whole: a limit below the head size must not shorten the evidence.
        while (kept.Length <= reading.KeepUpTo || kept.Length < reading.HeadBytes)
        {
            var free = kept.FreeSpace();
            var read = await body.ReadAsync(free, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                if (kept.Length > reading.Limit) break; // Ended past the limit but within the head: refused, all of it the head.
                var all = BodyBuffer.Take((int)kept.Length, reading.Pool);
                kept.CopyTo(all.Writable.Span);
                return new BoundedBody(all, kept.Length, Convert.ToHexStringLower(hash.GetHashAndReset()), all.Bytes[..(int)Math.Min(reading.HeadBytes, kept.Length)], reading.Pool);
            }
            hash.AppendData(free.Span[..read]);
            kept.Advance(read);
        }
        // Past the limit the bytes are only hashed, never kept: memory stays bounded whatever is sent.
        var head = kept.ToArray(reading.HeadBytes);
        var length = kept.Length;
        kept.Dispose();
        var scratch = ArrayPool<byte>.Shared.Rent(ScratchBytes);
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
        return new BoundedBody(null, length, Convert.ToHexStringLower(hash.GetHashAndReset()), head, null);
    }

    /// <summary>How a body is read: its limit, how much is kept before only the head is, the head's size, the pool of buffers.</summary>
    private sealed record Reading(long Limit, long KeepUpTo, int HeadBytes, ArrayPool<byte>? Pool);

    /// <summary>A buffer of exactly <see cref="Length"/> bytes, over an array of the pool (possibly longer) or a new one.</summary>
    private sealed record BodyBuffer(byte[] Array, int Length, bool IsRented)
    {
        public ReadOnlyMemory<byte> Bytes => Array.AsMemory(0, Length);

        public Memory<byte> Writable => Array.AsMemory(0, Length);

        public static BodyBuffer Take(int length, ArrayPool<byte>? pool) =>
            pool is null ? new BodyBuffer(GC.AllocateUninitializedArray<byte>(length), length, false) : new BodyBuffer(pool.Rent(length), length, true);

        public void GiveBack(ArrayPool<byte>? pool)
        {
            if (IsRented) pool!.Return(Array);
        }
    }
}
