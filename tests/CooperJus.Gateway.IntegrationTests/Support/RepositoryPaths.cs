namespace CooperJus.Gateway.IntegrationTests.Support;

/// <summary>Folders of the repository the tests run in, found by walking up to the solution file.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Adapters => Path.Combine(Root, "adapters");

    public static string BuiltAdapters => Path.Combine(Root, "artifacts", "adapters");

    /// <summary>The id of every adapter under <c>adapters/</c> (its folder name), in order.</summary>
    public static IEnumerable<string> AdapterIds() =>
        Directory.EnumerateDirectories(Adapters).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static string Samples => Path.Combine(Root, "samples");

    public static string Schemas => Path.Combine(Root, "schemas");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "CooperJus.Gateway.sln"))) return folder.FullName;
        throw new InvalidOperationException("CooperJus.Gateway.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
