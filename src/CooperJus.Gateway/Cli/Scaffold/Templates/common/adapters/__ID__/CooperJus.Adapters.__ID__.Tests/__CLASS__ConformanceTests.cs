using CooperJus.Gateway.Adapters.Testing.Conformance;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Adapters.__ID__.Tests;

/// <summary>
/// The conformance suite every adapter passes (docs/conformance.md), run on the __CLASS__Adapter itself. Each failure
/// says what to fill in or fix next; docs/adding-a-country.md walks through them in order. Write the goldens with
/// <c>COOPERJUS_UPDATE_GOLDEN=__ID__ dotnet test adapters/__ID__/CooperJus.Adapters.__ID__.Tests</c>, then review them.
/// </summary>
// The attribute also makes this assembly reference NUnit itself, without which the NUnit adapter skips it and runs nothing.
[TestFixture]
public sealed class __CLASS__ConformanceTests : AdapterConformanceFixture
{
    protected override string AdapterId => "__ID__";

    protected override ICountryAdapter CreateAdapter(AdapterContext context) => new __CLASS__Adapter(context);
}
