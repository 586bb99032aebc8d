using CooperJus.Gateway.Adapters.Testing.Conformance;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Adapters.UY.Tests;

/// <summary>
/// The conformance suite every adapter passes (docs/conformance.md), run on the UruguayAdapter itself. Each failure
/// says what to fill in or fix next; docs/adding-a-country.md walks through them in order. Write the goldens with
/// <c>COOPERJUS_UPDATE_GOLDEN=UY dotnet test adapters/UY/CooperJus.Adapters.UY.Tests</c>, then review them.
/// </summary>
// The attribute also makes this assembly reference NUnit itself, without which the NUnit adapter skips it and runs nothing.
[TestFixture]
public sealed class UruguayConformanceTests : AdapterConformanceFixture
{
    protected override string AdapterId => "UY";

    protected override ICountryAdapter CreateAdapter(AdapterContext context) => new UruguayAdapter(context);
}
