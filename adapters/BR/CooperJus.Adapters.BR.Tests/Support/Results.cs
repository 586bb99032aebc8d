using System.Text.Json.Nodes;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Tests.Support;

/// <summary>Reading one pedido and asserting on its outcome.</summary>
internal static class Results
{
    /// <summary>Reads a file holding just <paramref name="pedido"/> and returns its one result.</summary>
    public static RecordResult ReadOne(JsonObject pedido)
    {
        var results = Import.Text(new PedidoFile().Add(pedido).ToJson());
        Assert.That(results, Has.Count.EqualTo(1), () => string.Join("\n", results.SelectMany(r => r.Problems)));
        return results[0];
    }

    /// <summary>Reads <paramref name="pedido"/> with the value at <paramref name="pointer"/> replaced (null removes it).</summary>
    public static RecordResult ReadWith(JsonObject pedido, string pointer, JsonNode? value)
    {
        PedidoFile.Set(pedido, pointer, value);
        return ReadOne(pedido);
    }

    /// <summary>The request of an accepted result (failing with the problems otherwise).</summary>
    public static CooperationRequest Accepted(RecordResult result)
    {
        Assert.That(result.Problems.Where(p => p.IsError).Select(p => p.ToString()), Is.Empty);
        Assert.That(result.Request, Is.Not.Null);
        return result.Request!;
    }

    /// <summary>The one problem with <paramref name="rule"/> (failing when there is none or several).</summary>
    public static Problem Only(RecordResult result, string rule) => Only(result.Problems, rule);

    public static Problem Only(IEnumerable<Problem> problems, string rule)
    {
        var list = problems.ToList();
        var matching = list.Where(p => p.Rule == rule).ToList();
        Assert.That(matching, Has.Count.EqualTo(1), () => $"expected one '{rule}' among:\n" + string.Join("\n", list));
        return matching[0];
    }
}
