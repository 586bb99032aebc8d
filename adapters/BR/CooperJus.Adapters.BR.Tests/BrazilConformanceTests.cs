using CooperJus.Gateway.Adapters.Testing.Conformance;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Adapters.BR.Tests;

/// <summary>The conformance suite every adapter passes (docs/conformance.md), run on the BrazilAdapter itself.</summary>
public sealed class BrazilConformanceTests : AdapterConformanceFixture
{
    protected override string AdapterId => "BR";

    protected override ICountryAdapter CreateAdapter(AdapterContext context) => new BrazilAdapter(context);
}
