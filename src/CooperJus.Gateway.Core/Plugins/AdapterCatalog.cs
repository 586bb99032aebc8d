using System.Reflection;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Core.Plugins;

/// <summary>
/// The adapters found in the adapter folder: one sub-folder per adapter, each loaded in its own
/// <see cref="System.Runtime.Loader.AssemblyLoadContext"/>. A folder that fails to load is kept with its reason and
/// skipped; it never stops the others.
/// </summary>
public sealed class AdapterCatalog
{
    private static readonly AssemblyName SdkAssembly = typeof(ICountryAdapter).Assembly.GetName();

    private AdapterCatalog(string root, IReadOnlyList<AdapterRegistration> registrations)
    {
        Root = root;
        Registrations = registrations;
    }

    /// <summary>The folder that was scanned.</summary>
    public string Root { get; }

    /// <summary>Every adapter folder found, loaded or not, ordered by id or folder name.</summary>
    public IReadOnlyList<AdapterRegistration> Registrations { get; }

    /// <summary>The adapters that loaded.</summary>
    public IEnumerable<ICountryAdapter> Adapters => Registrations.Where(r => r.IsLoaded).Select(r => r.Adapter!);

    /// <summary>Scans <paramref name="root"/>; a missing folder gives an empty catalog.</summary>
    /// <param name="root">Folder with one sub-folder per adapter.</param>
    /// <param name="createContext">Builds the context handed to each adapter from its folder.</param>
    public static AdapterCatalog Load(string root, Func<string, AdapterContext> createContext)
    {
        ArgumentNullException.ThrowIfNull(createContext);
        if (!Directory.Exists(root)) return new AdapterCatalog(root, []);
        var registrations = Directory.EnumerateDirectories(root)
            .Order(StringComparer.Ordinal)
            .Select(folder => AdapterLoader.LoadFolder(folder, createContext))
            .OrderBy(r => r.Descriptor?.Id ?? Path.GetFileName(r.Directory), StringComparer.Ordinal)
            .ToList();
        return new AdapterCatalog(root, registrations);
    }

    /// <summary>The loaded adapter with id <paramref name="id"/> (case-insensitive), or null.</summary>
    public ICountryAdapter? Find(string id) =>
        Adapters.FirstOrDefault(a => string.Equals(a.Descriptor.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The registration whose id or folder name is <paramref name="id"/>, loaded or not.</summary>
    public AdapterRegistration? FindRegistration(string id) =>
        Registrations.FirstOrDefault(r =>
            string.Equals(r.Descriptor?.Id, id, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(Path.GetFileName(r.Directory), id, StringComparison.OrdinalIgnoreCase));

    /// <summary>True for assemblies the host shares with every adapter: the SDK (the framework is shared by the runtime).</summary>
    internal static bool IsShared(AssemblyName name) => AssemblyName.ReferenceMatchesDefinition(name, SdkAssembly) || name.Name == SdkAssembly.Name;

    /// <summary>The SDK version the host provides; adapters built against another major version are refused.</summary>
    internal static Version HostSdkVersion => SdkAssembly.Version ?? new Version(0, 0);
}
