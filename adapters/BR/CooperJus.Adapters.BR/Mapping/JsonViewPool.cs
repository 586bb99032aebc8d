using System.Runtime.InteropServices;
using CooperJus.Adapters.BR.Json;

namespace CooperJus.Adapters.BR.Mapping;

/// <summary>
/// The object views of one file's pedidos, reused from one pedido to the next (a pedido opens about thirty), and the
/// list of those the current pedido opened, for the unknown-member report. Bounded: after a pedido of more than
/// <see cref="MaxKeptViews"/> objects, the surplus is let go.
/// </summary>
/// <remarks>One pool per read: it is not thread-safe.</remarks>
internal sealed class JsonViewPool
{
    /// <summary>Views kept from one pedido to the next: thirty times a usual pedido.</summary>
    public const int MaxKeptViews = 1024;

    private readonly List<JsonObjectView> _views = [];
    private int _opened;

    /// <summary>The views the current pedido opened, in the order it opened them.</summary>
    public ReadOnlySpan<JsonObjectView> Opened => CollectionsMarshal.AsSpan(_views)[.._opened];

    /// <summary>Views the pool holds, open or not.</summary>
    public int Kept => _views.Count;

    /// <summary>A view of object <paramref name="node"/> for the pedido <paramref name="context"/> maps.</summary>
    public JsonObjectView Open(PedidoContext context, JsonSourceNode node)
    {
        if (_opened == _views.Count) _views.Add(new JsonObjectView());
        var view = _views[_opened++];
        view.Open(context, node);
        return view;
    }

    /// <summary>Ends a pedido: every view is free again and keeps nothing of it.</summary>
    public void CloseAll()
    {
        foreach (var view in Opened) view.Close();
        _opened = 0;
        if (_views.Count <= MaxKeptViews) return;
        _views.RemoveRange(MaxKeptViews, _views.Count - MaxKeptViews);
        _views.Capacity = MaxKeptViews;
    }
}
