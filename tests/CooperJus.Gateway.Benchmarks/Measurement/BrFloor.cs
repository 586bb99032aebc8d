namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>
/// The floor for a Sistema Único export: a streaming Utf8JsonReader parses each pedido into a JsonDocument and
/// System.Text.Json serialises it to a null stream. Any pipeline over the same file pays at least this.
/// </summary>
internal static class BrFloor
{
    /// <summary>Parses (and, unless <paramref name="serialize"/> is false, serialises) every pedido of <paramref name="path"/>.</summary>
    public static RunCounts Run(string path, bool serialize = true) => JsonArrayFloor.Run(path, "pedidos", serialize);
}
