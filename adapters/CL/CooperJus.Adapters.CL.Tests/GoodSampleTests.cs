using CooperJus.Adapters.CL.Tests.Support;

namespace CooperJus.Adapters.CL.Tests;

/// <summary>The good sample serves the demo: a request to each partner country, none of them overdue.</summary>
public sealed class GoodSampleTests
{
    private static readonly Lazy<List<Gateway.Sdk.Adapters.RecordResult>> Sample = new(() => Chile.ReadFile(Paths.Sample("saf_solicitudes_2026_uciex.xml")));

    [Test]
    public void Has_a_request_to_each_partner_country()
    {
        var requested = Sample.Value.Select(r => r.Request!).Where(r => r.IssuingAuthority.Country == "CL").Select(r => r.RequestedAuthority.Country);

        Assert.That(requested, Is.SupersetOf(new[] { "PE", "BR", "ES", "EC", "UY" }));
    }

    [Test]
    public void Every_deadline_is_in_2027_or_later()
    {
        var deadlines = Sample.Value.SelectMany(r => r.Request!.Urgency.Deadlines).Select(d => d.By).ToList();

        Assert.That(deadlines, Is.Not.Empty);
        Assert.That(deadlines, Has.All.GreaterThanOrEqualTo(new DateOnly(2027, 1, 1)));
    }

    [Test]
    public void Every_request_is_accepted()
    {
        Assert.That(Sample.Value.Where(r => !r.IsAccepted).Select(r => r.RecordId), Is.Empty);
        Assert.That(Sample.Value, Has.Count.EqualTo(6));
    }
}
