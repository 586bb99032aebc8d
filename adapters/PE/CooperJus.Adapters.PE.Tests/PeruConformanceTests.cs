using CooperJus.Gateway.Adapters.Testing.Conformance;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Adapters.PE.Tests;

/// <summary>The conformance suite every adapter passes (docs/conformance.md), run on the PeruAdapter itself.</summary>
public sealed class PeruConformanceTests : AdapterConformanceFixture
{
    protected override string AdapterId => "PE";

    protected override ICountryAdapter CreateAdapter(AdapterContext context) => new PeruAdapter(context);
}
