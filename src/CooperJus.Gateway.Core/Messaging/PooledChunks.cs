using System.Buffers;

namespace CooperJus.Gateway.Core.Messaging;

/// <summary>
/// Bytes of unknown final length kept in chunks rented from the shared pool, so that reading a body never copies what
/// it already holds into a larger buffer (as a growing <see cref="MemoryStream"/> does). Not thread-safe.
/// </summary>
internal sealed class PooledChunks : IDisposable
{
    private const int ChunkBytes = 64 * 1024;

    private readonly List<byte[]> _chunks = [];
    private int _usedInLast;

    /// <summary>How many bytes are kept.</summary>
    public long Length { get; private set; }

    /// <summary>Where the next bytes go: the free end of the last chunk, or a new one. Call <see cref="Advance"/> with how many were written.</summary>
    public Memory<byte> FreeSpace()
    {
        if (_chunks.Count == 0 || _usedInLast == _chunks[^1].Length)
        {
            _chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkBytes));
            _usedInLast = 0;
        }
        return _chunks[^1].AsMemory(_usedInLast);
    }

    /// <summary>Counts <paramref name="count"/> bytes written into the last <see cref="FreeSpace"/> as kept.</summary>
    public void Advance(int count)
    {
        _usedInLast += count;
        Length += count;
    }

    /// <summary>Copies <paramref name="bytes"/> in.</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var free = FreeSpace().Span;
            var count = Math.Min(free.Length, bytes.Length);
            bytes[..count].CopyTo(free);
            Advance(count);
            bytes = bytes[count..];
        }
    }

    /// <summary>The first <paramref name="count"/> bytes kept, in one new array of exactly that size.</summary>
    public byte[] ToArray(long count)
    {
        var result = GC.AllocateUninitializedArray<byte>((int)Math.Min(count, Length));
        CopyTo(result);
        return result;
    }

    /// <summary>Copies the first bytes kept into <paramref name="destination"/>, as many as fit.</summary>
    public void CopyTo(Span<byte> destination)
    {
        var at = 0;
        for (var i = 0; i < _chunks.Count && at < destination.Length; i++)
        {
            var used = i == _chunks.Count - 1 ? _usedInLast : _chunks[i].Length;
            var take = Math.Min(used, destination.Length - at);
            _chunks[i].AsSpan(0, take).CopyTo(destination[at..]);
            at += take;
        }
    }

    /// <summary>Gives every chunk back to the pool; nothing is kept after. Safe to call more than once.</summary>
    public void Dispose()
    {
        foreach (var chunk in _chunks) ArrayPool<byte>.Shared.Return(chunk);
        _chunks.Clear();
        _usedInLast = 0;
        Length = 0;
    }
}
