using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Tests.Validation;

/// <summary>A coercive measure should say its purpose and the national order behind it: warnings, never a refusal.</summary>
[TestFixture]
public sealed class CoerciveMeasureTests
{
    private static IReadOnlyList<Problem> Validate(CooperationRequest request) =>
        Validators.Request().Validate(request, CanonicalJson.Serialize(request), []);

    private static CooperationRequest WithFirstMeasure(Func<Measure, Measure> change)
    {
        var full = SomeRequests.Full();
        return full with { Measures = [change(full.Measures[0]), .. full.Measures.Skip(1)] };
    }

    [Test]
    public void Warns_when_a_bank_measure_does_not_say_its_purpose()
    {
        var problems = Validate(WithFirstMeasure(m => m with { Purpose = null }));

        Assert.That(problems.Select(p => (p.Rule, p.IsError, p.CanonicalPath)), Is.EqualTo(new[] { ("measure.purpose-missing", false, (string?)"/measures/0/purpose") }));
    }

    [Test]
    public void Warns_when_a_bank_measure_has_no_national_order()
    {
        var problems = Validate(WithFirstMeasure(m => m with { NationalOrder = null }));

        Assert.That(problems.Select(p => (p.Rule, p.IsError, p.CanonicalPath)), Is.EqualTo(new[] { ("measure.order-missing", false, (string?)"/measures/0/nationalOrder") }));
    }

    [Test]
    public void Does_not_ask_a_hearing_for_a_purpose_or_an_order()
    {
        var problems = Validate(WithFirstMeasure(m => m with { Type = MeasureType.WitnessHearing, Purpose = null, NationalOrder = null, Banking = null }));

        Assert.That(problems, Is.Empty, string.Join("; ", problems));
    }

    [TestCase(MeasureType.Interception)]
    [TestCase(MeasureType.SearchAndSeizure)]
    [TestCase(MeasureType.AssetFreezing)]
    [TestCase(MeasureType.StoredContentProduction)]
    public void Counts_as_coercive(MeasureType type) => Assert.That(CoerciveMeasures.IsCoercive(type), Is.True);
}
