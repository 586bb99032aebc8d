using System.Diagnostics;
using System.Reflection;
using CooperJus.Gateway.Core.Plugins;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Gateway.Benchmarks.Setup;

/// <summary>
/// The adapters, loaded as plugins exactly as the gateway loads them (see <c>GatewayEnvironment</c>): the same
/// folder lookup, one load context per adapter, code lists from each adapter's folder, the system clock.
/// </summary>
internal sealed class BenchmarkAdapters
{
    private readonly AdapterCatalog _catalog;

    private BenchmarkAdapters(AdapterCatalog catalog) => _catalog = catalog;

    /// <summary>Folder the adapters were loaded from.</summary>
    public string Root => _catalog.Root;

    /// <summary>Loads the catalog from <paramref name="configured"/>, or from where the gateway would look.</summary>
    public static BenchmarkAdapters Load(string? configured)
    {
        var root = AdapterDirectoryLocator.Locate(configured);
        return new BenchmarkAdapters(AdapterCatalog.Load(root, folder =>
            new AdapterContext(folder, new CodeListSource(Path.Combine(folder, "codelists")),
                new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), TimeProvider.System)));
    }

    /// <summary>The adapter <paramref name="id"/>.</summary>
    /// <exception cref="InvalidOperationException">It is missing or failed to load; the message says how to fix it.</exception>
    public ICountryAdapter Require(string id)
    {
        if (_catalog.Find(id) is { } adapter) return adapter;
        var problem = _catalog.FindRegistration(id)?.LoadProblem
            ?? $"no such adapter; build it first: dotnet build adapters/{id}/CooperJus.Adapters.{id}";
        throw new InvalidOperationException($"Adapter '{id}' is not usable from {_catalog.Root}: {problem}");
    }

    /// <summary>The id of every adapter in the folder, loaded or not (the folder's name when it did not load).</summary>
    public IEnumerable<string> Ids => _catalog.Registrations.Select(r => r.Descriptor?.Id ?? Path.GetFileName(r.Directory));

    /// <summary>"PE 1.0.0 (Release)" for each loaded adapter; a Debug build says so, since its figures mean little.</summary>
    public IEnumerable<string> Describe() =>
        _catalog.Adapters.Select(a => $"{a.Descriptor.Id} {a.Descriptor.Version} ({(IsOptimised(a) ? "Release" : "DEBUG build")})");

    /// <summary>True when the adapter's assembly was compiled with optimisations.</summary>
    public static bool IsOptimised(ICountryAdapter adapter) =>
        adapter.GetType().Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true;

    /// <summary>The code lists shipped in the folder of adapter <paramref name="id"/>.</summary>
    public CodeListSource CodeListsOf(string id)
    {
        var registration = _catalog.FindRegistration(id) ?? throw new InvalidOperationException($"Adapter '{id}' is not in {_catalog.Root}.");
        return new CodeListSource(Path.Combine(registration.Directory, "codelists"));
    }
}
