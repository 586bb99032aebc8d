using CooperJus.Gateway.Adapters.Testing.Conformance;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Adapters.CL.Tests;

/// <summary>
/// The conformance suite every adapter passes (docs/conformance.md), run on the ChileAdapter itself. Each failure
/// says what to fill in or fix next; docs/adding-a-country.md walks through them in order. Write the goldens with
/// <c>COOPERJUS_UPDATE_GOLDEN=CL dotnet test adapters/CL/CooperJus.Adapters.CL.Tests</c>, then review them.
/// </summary>
// The attribute also makes this assembly reference NUnit itself, without which the NUnit adapter skips it and runs nothing.
[TestFixture]
public sealed class ChileConformanceTests : AdapterConformanceFixture
{
    protected override string AdapterId => "CL";

    protected override ICountryAdapter CreateAdapter(AdapterContext context) => new ChileAdapter(context);
}
