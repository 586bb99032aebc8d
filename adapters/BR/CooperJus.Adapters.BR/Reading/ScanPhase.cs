namespace CooperJus.Adapters.BR.Reading;

/// <summary>Where the <see cref="PedidoScanner"/> is in the file's structure.</summary>
internal enum ScanPhase
{
    /// <summary>Before the root object's opening brace.</summary>
    BeforeRoot,

    /// <summary>Inside the root object, expecting a member name or its end.</summary>
    RootMember,

    /// <summary>Expecting the value of a root member.</summary>
    RootValue,

    /// <summary>Inside <c>pedidos</c>, expecting an element or the array's end.</summary>
    Pedidos,

    /// <summary>Inside one pedido, keeping its bytes until it ends.</summary>
    Pedido,

    /// <summary>Passing over a value that is not kept.</summary>
    Skip,

    /// <summary>After the root object: only white space may follow.</summary>
    AfterRoot,
}
