using CooperJus.Adapters.EC.Mapping;
using CooperJus.Adapters.EC.Tests.Support;

namespace CooperJus.Adapters.EC.Tests;

/// <summary>The noticia del delito number: only the documented (unconfirmed) structure is checked.</summary>
public sealed class NddNumberTests
{
    [TestCase("170101823010123", Description = "the example of the issue, whose digits 9 and 10 are no month")]
    [TestCase("170101260900123")]
    [TestCase("090101260800457")]
    [TestCase("300101261200001", Description = "province 30: registered abroad")]
    public void Accepts_an_NDD_number_of_fifteen_digits_beginning_with_a_province(string number) =>
        Assert.That(NddNumbers.Problem(number), Is.Null);

    [TestCase("17010126090012", "15 digits")]
    [TestCase("17010126090012A", "15 digits")]
    [TestCase("250101260900123", "province")]
    [TestCase("000101260900123", "province")]
    public void Rejects_a_number_without_the_NDD_structure(string number, string reason) =>
        Assert.That(NddNumbers.Problem(number), Does.Contain(reason));

    [Test]
    public void Rejects_a_solicitud_whose_noticiaDelDelito_is_no_NDD_number_naming_the_field()
    {
        var results = Ecuador.Read(Ecuador.Export(Ecuador.Solicitud().With(s => s["noticiaDelDelito"] = "IP-2026-123")));

        var problem = results.Single().Problems.Single(p => p.IsError);
        Assert.That(problem.Rule, Is.EqualTo("ec.ndd-format"));
        Assert.That(problem.Source!.Field, Is.EqualTo("noticiaDelDelito"));
        Assert.That(problem.Source.Path, Is.EqualTo("/solicitudes/0"));
    }
}
