using System.Reflection;
using CooperJus.Gateway.Sdk.Adapters;

namespace CooperJus.Gateway.Core.Plugins;

/// <summary>
/// Loads one adapter folder. Every way a plugin can be broken becomes a <see cref="AdapterRegistration.LoadProblem"/>
/// in words: no assembly, wrong SDK major version, a missing dependency, no adapter class, a constructor that throws.
/// </summary>
internal static class AdapterLoader
{
    public static AdapterRegistration LoadFolder(string folder, Func<string, AdapterContext> createContext)
    {
        try
        {
            var mainAssembly = FindMainAssembly(folder);
            if (mainAssembly is null)
                return Failed(folder, "no adapter assembly: the folder has no <name>.deps.json with a matching <name>.dll (build the adapter with EnableDynamicLoading).");
            if (DepsFile.Problem(Path.ChangeExtension(mainAssembly, ".deps.json")) is { } depsProblem)
                return Failed(folder, $"{Path.GetFileNameWithoutExtension(mainAssembly)}.deps.json is unusable: {depsProblem}.");
            var context = new AdapterLoadContext(mainAssembly);
            var assembly = context.LoadFromAssemblyPath(mainAssembly);
            return CheckReferences(folder, assembly, context) is { } problem
                ? Failed(folder, problem)
                : Instantiate(folder, assembly, createContext);
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            return Failed(folder, $"cannot read the adapter assembly: {e.Message}");
        }
    }

    private static string? FindMainAssembly(string folder)
    {
        var candidates = Directory.EnumerateFiles(folder, "*.deps.json")
            .Select(deps => Path.Combine(folder, Path.GetFileName(deps)[..^".deps.json".Length] + ".dll"))
            .Where(File.Exists)
            .ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static string? CheckReferences(string folder, Assembly assembly, AdapterLoadContext context)
    {
        foreach (var reference in assembly.GetReferencedAssemblies())
        {
            if (AdapterCatalog.IsShared(reference))
            {
                if (reference.Version?.Major != AdapterCatalog.HostSdkVersion.Major)
                    return $"built against adapter SDK {reference.Version}, but this gateway provides SDK {AdapterCatalog.HostSdkVersion}: rebuild the adapter against SDK {AdapterCatalog.HostSdkVersion.Major}.x.";
                continue;
            }
            try
            {
                context.LoadFromAssemblyName(reference);
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                return $"missing dependency {reference.Name} {reference.Version}: it is neither in {folder} nor part of the .NET runtime.";
            }
        }
        return null;
    }

    private static AdapterRegistration Instantiate(string folder, Assembly assembly, Func<string, AdapterContext> createContext)
    {
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is TypeLoadException or FileNotFoundException or ReflectionTypeLoadException)
        {
            return Failed(folder, $"its types cannot be loaded: {e.Message}");
        }
        var adapterTypes = types.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICountryAdapter).IsAssignableFrom(t)).ToList();
        if (adapterTypes.Count != 1)
            return Failed(folder, $"expected exactly one public class implementing ICountryAdapter in {assembly.GetName().Name}, found {adapterTypes.Count}.");
        return Construct(folder, adapterTypes[0], createContext);
    }

    private static AdapterRegistration Construct(string folder, Type adapterType, Func<string, AdapterContext> createContext)
    {
        try
        {
            var adapter = adapterType.GetConstructor([typeof(AdapterContext)]) is { } withContext
                ? (ICountryAdapter)withContext.Invoke([createContext(folder)])
                : (ICountryAdapter?)Activator.CreateInstance(adapterType);
            if (adapter is null) return Failed(folder, $"{adapterType.FullName} could not be created.");
            _ = adapter.Descriptor.Id; // A descriptor that throws is a broken adapter too.
            return new AdapterRegistration { Directory = folder, Adapter = adapter };
        }
        catch (Exception e)
        {
            // Deliberately broad: whatever an adapter's constructor throws must not take the gateway down.
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            return Failed(folder, $"{adapterType.FullName} failed in its constructor: {cause.GetType().Name}: {cause.Message}");
        }
    }

    private static AdapterRegistration Failed(string folder, string problem) => new() { Directory = folder, LoadProblem = problem };
}
