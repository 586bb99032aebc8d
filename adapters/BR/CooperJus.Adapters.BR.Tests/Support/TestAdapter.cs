using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Adapters.BR.Tests.Support;

/// <summary>Creates the adapter the way the gateway does, with the code lists built next to the tests and a fixed clock.</summary>
internal static class TestAdapter
{
    /// <summary>The instant the tests' clock gives, so createdAt from the clock is predictable.</summary>
    public static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static string CodeListDirectory => Path.Combine(AppContext.BaseDirectory, "codelists");

    public static BrazilAdapter Create() =>
        new(new AdapterContext(AppContext.BaseDirectory, new CodeListSource(CodeListDirectory),
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), new FixedClock(TestAdapter.Now)));
}
