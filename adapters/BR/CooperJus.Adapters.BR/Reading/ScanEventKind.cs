namespace CooperJus.Adapters.BR.Reading;

/// <summary>What the <see cref="PedidoScanner"/> found.</summary>
internal enum ScanEventKind
{
    /// <summary>A member of the root object other than <c>pedidos</c> (<c>versaoLeiaute</c>, <c>sistema</c>, <c>geradoEm</c>, or unknown).</summary>
    HeaderValue,

    /// <summary>The <c>pedidos</c> array begins: the header is complete.</summary>
    PedidosStart,

    /// <summary>One complete element of <c>pedidos</c>, with its exact bytes.</summary>
    Pedido,

    /// <summary>An element of <c>pedidos</c> larger than the per-pedido cap: skipped, its bytes not kept.</summary>
    OversizedPedido,

    /// <summary>A problem with the file as a whole.</summary>
    Problem,
}
