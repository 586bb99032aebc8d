using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.PE.Tests.Support;

/// <summary>Shortcuts for tests that read one request.</summary>
internal static class ReadOne
{
    /// <summary>Reads the rows as one file and returns the only request result (file problems fail the test).</summary>
    public static RecordResult Result(params Dictionary<string, string>[] rows)
    {
        var results = Pe.Read(SgfCsv.Build(rows));
        Assert.That(results, Has.Count.EqualTo(1), string.Join("\n", results.SelectMany(r => r.Problems)));
        return results[0];
    }

    /// <summary>Reads the rows and returns the accepted request.</summary>
    public static CooperationRequest Request(params Dictionary<string, string>[] rows)
    {
        var result = Result(rows);
        Assert.That(result.Problems.Where(p => p.IsError).Select(p => p.ToString()), Is.Empty);
        return result.Request!;
    }

    /// <summary>Reads the rows and returns the only error, which must have the given rule.</summary>
    public static Problem Error(string rule, params Dictionary<string, string>[] rows)
    {
        var result = Result(rows);
        var errors = result.Problems.Where(p => p.IsError).ToList();
        Assert.That(errors.Select(e => e.Rule), Is.EqualTo(new[] { rule }), string.Join("\n", errors));
        Assert.That(result.Request, Is.Null);
        return errors[0];
    }

    /// <summary>The lineage entry of <paramref name="canonicalPath"/>.</summary>
    public static Gateway.Sdk.Lineage.LineageEntry Lineage(RecordResult result, string canonicalPath) =>
        result.Lineage.Single(e => e.CanonicalPath == canonicalPath);
}
