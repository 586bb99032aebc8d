using System.Reflection;
using System.Runtime.Loader;

namespace CooperJus.Gateway.Core.Plugins;

/// <summary>
/// The load context of one adapter: its own dependencies come from its folder (through its <c>.deps.json</c>), while
/// the SDK and the framework come from the host, so that <c>ICountryAdapter</c> is the same type on both sides.
/// This is the "app with plugin support" pattern of the .NET documentation.
/// </summary>
internal sealed class AdapterLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver _resolver;

    public AdapterLoadContext(string mainAssemblyPath)
        : base(name: $"adapter:{Path.GetFileNameWithoutExtension(mainAssemblyPath)}", isCollectible: false) =>
        _resolver = new AssemblyDependencyResolver(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        // Shared with the host: returning null defers to the default context, which holds the host's SDK.
        if (AdapterCatalog.IsShared(assemblyName)) return null;
        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
