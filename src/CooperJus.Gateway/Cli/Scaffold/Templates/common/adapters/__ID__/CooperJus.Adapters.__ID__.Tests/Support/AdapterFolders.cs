namespace CooperJus.Adapters.__ID__.Tests.Support;

/// <summary>The folders of the __ID__ adapter in the repository the tests run in, found by walking up to the solution file.</summary>
internal static class AdapterFolders
{
    public const string Id = "__ID__";

    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Source => Path.Combine(Root, "adapters", Id);

    public static string Readme => Path.Combine(Source, "README.md");

    public static string CodeLists => Path.Combine(Source, $"CooperJus.Adapters.{Id}", "codelists");

    public static string BuiltAdapters => Path.Combine(Root, "artifacts", "adapters");

    public static string Samples => Path.Combine(Root, "samples", Id);

    public static string Expected => Path.Combine(Samples, "expected");

    public static string Bad => Path.Combine(Samples, "bad");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "CooperJus.Gateway.sln"))) return folder.FullName;
        throw new InvalidOperationException("CooperJus.Gateway.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
