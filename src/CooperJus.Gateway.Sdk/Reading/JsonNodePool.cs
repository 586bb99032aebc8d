namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// The nodes of one file's trees, reused from one pedido to the next: a pedido's hundred-odd nodes were a seventh of
/// what reading it allocated (8 of 57.5 KB), all garbage once it was mapped. A tree's nodes are valid until the next
/// tree is built. Bounded: after a pedido of more than <see cref="MaxKeptNodes"/> values, the surplus is let go.
/// </summary>
/// <remarks>One pool per read: it is not thread-safe.</remarks>
internal sealed class JsonNodePool
{
    /// <summary>Nodes kept from one tree to the next (about 80 B each): forty times a usual pedido.</summary>
    public const int MaxKeptNodes = 4096;

    private JsonSourceNode[] _nodes = new JsonSourceNode[256];

    /// <summary>Nodes created so far and kept.</summary>
    private int _created;

    /// <summary>Nodes handed out for the current tree.</summary>
    private int _rented;

    /// <summary>Nodes that may still refer to an earlier tree's strings and nodes.</summary>
    private int _dirty;

    /// <summary>Nodes the pool holds, handed out or not.</summary>
    public int Kept => _created;

    /// <summary>Starts a tree: every node is free again (the previous tree is no longer used).</summary>
    public void Restart()
    {
        _dirty = Math.Max(_dirty, _rented);
        _rented = 0;
        if (_created <= MaxKeptNodes) return;
        Array.Resize(ref _nodes, MaxKeptNodes);
        _created = MaxKeptNodes;
        _dirty = Math.Min(_dirty, MaxKeptNodes);
    }

    /// <summary>A node for the current tree, to be set with <see cref="JsonSourceNode.Reset"/>.</summary>
    public JsonSourceNode Rent()
    {
        if (_rented < _created) return _nodes[_rented++];
        if (_created == _nodes.Length) Array.Resize(ref _nodes, _nodes.Length * 2);
        var node = new JsonSourceNode();
        _nodes[_created++] = node;
        _rented++;
        return node;
    }

    /// <summary>Ends a tree: the nodes it did not use forget the earlier trees' values (a long string is not pinned).</summary>
    public void Finish()
    {
        for (var i = _rented; i < _dirty; i++) _nodes[i].Clear();
        _dirty = _rented;
    }
}
