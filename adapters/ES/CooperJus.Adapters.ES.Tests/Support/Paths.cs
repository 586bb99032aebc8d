namespace CooperJus.Adapters.ES.Tests.Support;

/// <summary>Folders of the repository the tests read: the adapter's code lists and the Spanish samples.</summary>
internal static class Paths
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    public static string Root => RootFolder.Value;

    public static string AdapterFolder => Path.Combine(RootFolder.Value, "adapters", "ES", "CooperJus.Adapters.ES");

    public static string Samples => Path.Combine(RootFolder.Value, "samples", "ES");

    public static string BadSamples => Path.Combine(Samples, "bad");

    public static string Sample(string name) => Path.Combine(Samples, name);

    public static string ResponseSamples => Path.Combine(Samples, "responses");

    public static string BadResponseSamples => Path.Combine(ResponseSamples, "bad");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "CooperJus.Gateway.sln"))) return folder.FullName;
        throw new DirectoryNotFoundException("CooperJus.Gateway.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
