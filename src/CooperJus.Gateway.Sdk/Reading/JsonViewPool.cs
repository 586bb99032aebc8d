using System.Runtime.InteropServices;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// The object views of one file's records, reused from one record to the next (a Brazilian pedido opens about thirty),
/// and the list of those the current record opened, for the unknown-member report. Bounded: after a record of more than
/// <see cref="MaxKeptViews"/> objects, the surplus is let go.
/// </summary>
/// <remarks>One pool per read: it is not thread-safe.</remarks>
internal sealed class JsonViewPool
{
    /// <summary>Views kept from one pedido to the next: thirty times a usual pedido of the Brazilian export.</summary>
    public const int MaxKeptViews = 1024;

    private readonly List<JsonObjectView> _views = [];
    private int _opened;

    /// <summary>The views the current record opened, in the order it opened them.</summary>
    public ReadOnlySpan<JsonObjectView> Opened => CollectionsMarshal.AsSpan(_views)[.._opened];

    /// <summary>Views the pool holds, open or not.</summary>
    public int Kept => _views.Count;

    /// <summary>A view of object <paramref name="node"/> of <paramref name="record"/>.</summary>
    public JsonObjectView Open(JsonRecord record, JsonSourceNode node)
    {
        if (_opened == _views.Count) _views.Add(new JsonObjectView());
        var view = _views[_opened++];
        view.Open(record, node);
        return view;
    }

    /// <summary>Ends a record: every view is free again and keeps nothing of it.</summary>
    public void CloseAll()
    {
        foreach (var view in Opened) view.Close();
        _opened = 0;
        if (_views.Count <= MaxKeptViews) return;
        _views.RemoveRange(MaxKeptViews, _views.Count - MaxKeptViews);
        _views.Capacity = MaxKeptViews;
    }
}
