namespace CooperJus.Gateway.Adapters.Testing;

/// <summary>The repository a test runs in, found by walking up from the test's folder to the solution file.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() => Find(AppContext.BaseDirectory));

    /// <summary>The repository root (the folder holding <c>CooperJus.Gateway.sln</c>).</summary>
    public static string Path => Root.Value;

    /// <summary>The first folder at or above <paramref name="start"/> that holds <c>CooperJus.Gateway.sln</c>.</summary>
    /// <exception cref="DirectoryNotFoundException">No such folder.</exception>
    public static string Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "CooperJus.Gateway.sln"))) return folder.FullName;
        throw new DirectoryNotFoundException("CooperJus.Gateway.sln is not above " + start);
    }

    /// <summary>The adapter project folder of <paramref name="adapterId"/> (<c>adapters/PE/CooperJus.Adapters.PE</c>), where its code lists live.</summary>
    public static string AdapterProject(string adapterId, string? root = null) =>
        System.IO.Path.Combine(root ?? Path, "adapters", adapterId, "CooperJus.Adapters." + adapterId);

    /// <summary>The samples of <paramref name="adapterId"/> (<c>samples/PE</c>).</summary>
    public static string Samples(string adapterId, string? root = null) => System.IO.Path.Combine(root ?? Path, "samples", adapterId);
}
