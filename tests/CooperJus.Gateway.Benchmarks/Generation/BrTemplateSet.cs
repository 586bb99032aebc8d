using System.Text.Json.Nodes;

namespace CooperJus.Gateway.Benchmarks.Generation;

/// <summary>What a generated Sistema Único export is made of: the root's properties other than <c>pedidos</c>, and template pedidos.</summary>
/// <param name="Header">Root properties written before the <c>pedidos</c> array (<c>versaoLeiaute</c>, <c>sistema</c>, <c>geradoEm</c>).</param>
/// <param name="Pedidos">Template pedidos; each copy gets fresh ids and document numbers.</param>
internal sealed record BrTemplateSet(IReadOnlyList<KeyValuePair<string, JsonNode?>> Header, IReadOnlyList<JsonObject> Pedidos);
