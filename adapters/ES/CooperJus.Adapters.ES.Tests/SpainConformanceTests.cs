using CooperJus.Gateway.Adapters.Testing.Conformance;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Adapters.ES.Tests;

/// <summary>The conformance suite every adapter passes (docs/conformance.md), run on the SpainAdapter itself.</summary>
public sealed class SpainConformanceTests : AdapterConformanceFixture
{
    protected override string AdapterId => "ES";

    protected override ICountryAdapter CreateAdapter(AdapterContext context) => new SpainAdapter(context);
}
