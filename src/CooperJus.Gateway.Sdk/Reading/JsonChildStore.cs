namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// The members (or items) of a tree's containers, laid side by side in one array reused from one pedido to the next,
/// where each container had an array of its exact size (97 of 3,305 allocation samples of a pedido's read). A tree's
/// children are valid until the next tree is built. Bounded: an array grown past <see cref="MaxKeptLength"/> by a
/// large pedido is let go before the next.
/// </summary>
/// <remarks>One store per read: it is not thread-safe.</remarks>
internal sealed class JsonChildStore<T>
{
    /// <summary>Entries kept from one tree to the next: a usual pedido uses about a hundred.</summary>
    public const int MaxKeptLength = 4096;

    private const int InitialLength = 256;

    private T[] _array = new T[InitialLength];
    private int _used;

    /// <summary>Entries of <see cref="_array"/> that may still refer to an earlier tree's names and nodes.</summary>
    private int _dirty;

    /// <summary>The length of the array in use.</summary>
    public int Capacity => _array.Length;

    /// <summary>Starts a tree: the whole array is free again (the previous tree is no longer used).</summary>
    public void Restart()
    {
        _dirty = Math.Max(_dirty, _used);
        _used = 0;
        if (_array.Length <= MaxKeptLength) return;
        _array = new T[InitialLength];
        _dirty = 0;
    }

    /// <summary>
    /// Copies one container's <paramref name="children"/> into the store and gives the array and index they now sit at.
    /// </summary>
    public T[] Add(ReadOnlySpan<T> children, out int start)
    {
        if (_array.Length - _used < children.Length)
        {
            // The containers already added keep the full array (garbage once their nodes are reused); the rest of this
            // tree goes into a larger one.
            _array = new T[Math.Max(_array.Length * 2, children.Length)];
            _used = 0;
            _dirty = 0;
        }
        start = _used;
        children.CopyTo(_array.AsSpan(_used));
        _used += children.Length;
        return _array;
    }

    /// <summary>Ends a tree: the entries it did not use forget the earlier trees' names and nodes.</summary>
    public void Finish()
    {
        if (_dirty > _used) Array.Clear(_array, _used, _dirty - _used);
        _dirty = _used;
    }
}
