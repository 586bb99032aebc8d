using CooperJus.Gateway.Sdk.Tests.Support;

namespace CooperJus.Gateway.Sdk.Tests.Rendering;

/// <summary>
/// A national file a gateway rendered carries the canonical id of a request from another country; reading it back
/// keeps that id instead of deriving one from the national reference.
/// </summary>
public sealed class CarriedRequestIdTests
{
    private static readonly string Foreign = RequestIds.FromNationalReference("BR", "UNICO", "PGR-00018734/2024");

    [Test]
    public void A_written_gateway_id_is_the_request_id_with_lineage_copy()
    {
        var scope = new RecordScope();

        var id = scope.RequestId(Some.Row("ID_PASARELA", Foreign), Some.Row("NRO_SOLICITUD", "SGF-2024-000123"), "PE", "SGF");

        Assert.That(id, Is.EqualTo(Foreign));
        Assert.That(scope.Lineage.Entries.Single().Conversion, Is.EqualTo("copy"));
        Assert.That(scope.Lineage.Entries.Single().Sources.Single().Field, Is.EqualTo("ID_PASARELA"));
    }

    [Test]
    public void Without_a_gateway_id_the_id_is_derived_from_the_reference()
    {
        var scope = new RecordScope();

        var id = scope.RequestId(Some.Row("ID_PASARELA", "  "), Some.Row("NRO_SOLICITUD", "SGF-2024-000123"), "PE", "SGF");

        Assert.That(id, Is.EqualTo(RequestIds.FromNationalReference("PE", "SGF", "SGF-2024-000123")));
        Assert.That(scope.Lineage.Entries.Single().Conversion, Is.EqualTo(RequestIds.Conversion));
    }

    [TestCase("PGR-00018734/2024")]
    [TestCase("632F9A53-18B0-8B9A-9D99-9E48A740C02E")]
    [TestCase("{632f9a53-18b0-8b9a-9d99-9e48a740c02e}")]
    public void A_gateway_id_that_is_not_a_canonical_request_id_is_an_error(string written)
    {
        var scope = new RecordScope();

        var id = scope.RequestId(Some.Row("ID_PASARELA", written), Some.Row("NRO_SOLICITUD", "SGF-2024-000123"), "PE", "SGF");

        Assert.That(id, Is.Null);
        Assert.That(scope.Problems.Select(p => (p.Rule, p.IsError, p.CanonicalPath)), Is.EqualTo(new[] { ("request-id.invalid", true, "/requestId") }));
    }

    [Test]
    public void An_id_derived_from_the_reference_needs_no_gateway_field()
    {
        Assert.That(RequestIds.IsDerivedFrom(RequestIds.FromNationalReference("PE", "SGF", "SGF-1"), "PE", "SGF", "SGF-1"), Is.True);
        Assert.That(RequestIds.IsDerivedFrom(Foreign, "PE", "SGF", "PGR-00018734/2024"), Is.False);
    }
}
