using CooperJus.Adapters.BR.Tests.Support;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>
/// Every file in samples/BR/bad yields the rules its .expect file lists, located. Rules of the gateway's core
/// validation are not the adapter's to report: for those the adapter must accept the pedido and hand the core a
/// document that shows the fault.
/// </summary>
public sealed class BadSampleTests
{
    private static readonly Dictionary<string, Func<CooperationRequest, bool>> CoreRules = new(StringComparer.Ordinal)
    {
        ["date.birth-in-future"] = r => r.Persons.Any(p => p.BirthDate > DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime)),
        ["measure.unknown-target"] = r => r.Measures.SelectMany(m => m.Subjects.Select(s => s.Ref))
            .Except(r.Persons.Select(p => p.Ref).Concat(r.Organisations.Select(o => o.Ref)).Concat(r.Assets.Select(a => a.Ref))).Any(),
        ["deadline.before-request"] = r => r.Urgency.Deadlines.Any(d => d.By < DateOnly.FromDateTime(r.CreatedAt.Date)),
    };

    private static IEnumerable<TestCaseData> Files() =>
        Directory.GetFiles(Path.Combine(Samples.Directory, "bad"), "*.expect")
            .Order(StringComparer.Ordinal)
            .Select(expect => new TestCaseData(Path.GetFileName(expect)[..^".expect".Length]).SetName($"Bad_sample_yields_its_rules({Path.GetFileName(expect)[..^".expect".Length]})"));

    [TestCaseSource(nameof(Files))]
    public void Bad_sample_yields_its_rules(string fileName)
    {
        var expected = File.ReadAllLines(Samples.Bad(fileName + ".expect")).Where(l => l.Trim().Length > 0).Select(l => l.Trim()).ToList();
        var results = Import.File(Samples.Bad(fileName));
        var errors = results.SelectMany(r => r.Problems).Where(p => p.IsError).ToList();
        foreach (var rule in expected)
        {
            if (CoreRules.TryGetValue(rule, out var shows))
            {
                Assert.That(errors.Select(e => e.ToString()), Is.Empty, $"{rule} is the core's to find: the adapter must accept the pedido");
                Assert.That(results.Where(r => r.Request is not null).Any(r => shows(r.Request!)), Is.True, $"the document does not show {rule}");
            }
            else
            {
                Assert.That(errors.Select(e => e.Rule), Does.Contain(rule), () => string.Join("\n", errors));
            }
        }
        Assert.That(errors.Where(e => e.Source?.File != fileName || (e.Source.Path is null && e.Source.Line is null)), Is.Empty, "every error is located");
        Assert.That(errors.Select(e => e.Rule).Except(expected), Is.Empty, "a bad sample breaks one rule only");
    }

    [Test]
    public void Truncated_sample_still_delivers_the_pedidos_before_the_cut()
    {
        var results = Import.File(Samples.Bad("pedidos_bad_json.truncated.json"));
        Assert.That(results.Where(r => r.IsAccepted).Select(r => r.RecordId), Is.EqualTo(new[] { "PGR-00020001/2024", "PGR-00020002/2024" }));
    }

    [Test]
    public void Every_bad_sample_has_an_expect_file()
    {
        var samples = Directory.GetFiles(Path.Combine(Samples.Directory, "bad")).Where(f => !f.EndsWith(".expect", StringComparison.Ordinal));
        Assert.That(samples.Where(f => !File.Exists(f + ".expect")), Is.Empty);
    }
}
