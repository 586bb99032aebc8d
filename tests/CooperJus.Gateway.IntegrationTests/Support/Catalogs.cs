using CooperJus.Gateway.Core.Plugins;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.CodeLists;

namespace CooperJus.Gateway.IntegrationTests.Support;

/// <summary>The real adapter plugins, as built into artifacts/adapters, loaded once with the fixed clock.</summary>
public static class Catalogs
{
    private static readonly Lazy<AdapterCatalog> Built = new(() => Load(RepositoryPaths.BuiltAdapters));

    public static AdapterCatalog BuiltAdapters => Built.Value;

    public static AdapterCatalog Load(string root) =>
        AdapterCatalog.Load(root, folder => new AdapterContext(
            folder,
            new CodeListSource(Path.Combine(folder, "codelists")),
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
            FixedClock.Create()));
}
