using CooperJus.Adapters.BR;
using CooperJus.Adapters.ES;
using CooperJus.Adapters.PE;
using CooperJus.Gateway.Benchmarks.Setup;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Gateway.Benchmarks.Tests;

/// <summary>The reference adapters with their own code lists and the system clock, as the benchmark loads them.</summary>
internal static class ReferenceAdapters
{
    public static string Root => RepositoryPaths.Root() ?? throw new InvalidOperationException("Run the tests inside the repository.");

    public static string Samples => Path.Combine(Root, "samples");

    public static ICountryAdapter Spain => new SpainAdapter(Context("ES"));

    public static ICountryAdapter Brazil => new BrazilAdapter(Context("BR"));

    public static ICountryAdapter Peru => new PeruAdapter(Context("PE"));

    private static AdapterContext Context(string id)
    {
        var folder = Path.Combine(Root, "adapters", id, $"CooperJus.Adapters.{id}");
        return new AdapterContext(folder, new CodeListSource(Path.Combine(folder, "codelists")),
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), TimeProvider.System);
    }
}
