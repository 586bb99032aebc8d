using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CsCheck;

namespace CooperJus.Gateway.Core.Tests.Validation;

/// <summary>
/// The reference rules (duplicate refs, measure targets and asset holders that name nothing) answer from one dictionary
/// when no ref repeats, and through the general grouping otherwise: both must say the same thing, in the same order.
/// </summary>
[TestFixture]
public sealed class ReferenceRulesTests
{
    // A few refs, so that requests with repeated refs, unknown targets and asset-held assets all come up often.
    private static readonly Gen<string> Ref = Gen.OneOfConst("p1", "p2", "o1", "a1", "a2", "x");

    private static readonly Gen<CooperationRequest> Requests =
        Gen.Select(Ref.Array[0, 3], Ref.Array[0, 2], Ref.Array[0, 3], Ref.Array[0, 4].Array[0, 3], Ref.Array[0, 3].Array[0, 3],
            (persons, organisations, assets, targets, holders) => Request(persons, organisations, assets, targets, holders));

    private static CooperationRequest Request(string[] persons, string[] organisations, string[] assets, string[][] targets, string[][] holders)
    {
        var full = SomeRequests.Full();
        return full with
        {
            Persons = [.. persons.Select(r => full.Persons[0] with { Ref = r })],
            Organisations = [.. organisations.Select(r => full.Organisations[0] with { Ref = r })],
            Assets = [.. assets.Select((r, i) => full.Assets[0] with { Ref = r, HolderRefs = i < holders.Length ? holders[i] : [] })],
            Measures = [.. targets.Select(t => full.Measures[0] with { Subjects = [.. t.Select(r => new MeasureSubject { Ref = r })] })],
        };
    }

    private static string[] Said(IEnumerable<Problem> problems) => [.. problems.Select(p => $"{p.Rule} {p.CanonicalPath} {p.Message}")];

    [Test]
    public void Say_the_same_as_the_general_grouping_for_any_request() =>
        Requests.Sample(request =>
            Assert.That(Said(SemanticRules.References(request)), Is.EqualTo(Said(SemanticRules.ReferencesWithDuplicates(request)))),
            iter: 500);

    [Test]
    public void Report_an_unknown_target_and_holder_when_refs_are_unique()
    {
        var problems = SemanticRules.References(Request(["p1"], ["o1"], ["a1"], [["p1", "x"]], [["a1"]])).ToList();

        Assert.That(problems.Select(p => p.Rule), Is.EqualTo(new[] { ValidationRules.UnknownMeasureTarget, ValidationRules.UnknownAssetHolder }));
        Assert.That(problems.Select(p => p.CanonicalPath), Is.EqualTo(new[] { "/measures/0/subjects/1/ref", "/assets/0/holderRefs/0" }), "an asset holds no asset");
    }
}
