namespace CooperJus.Adapters.CL.Tests.Support;

/// <summary>Folders of the repository the tests read: the adapter's code lists and the Chilean samples.</summary>
internal static class Paths
{
    public static string Root => RepositoryRoot.Path;

    public static string AdapterFolder => Path.Combine(Root, "adapters", "CL", "CooperJus.Adapters.CL");

    public static string Samples => Path.Combine(Root, "samples", "CL");

    public static string BadSamples => Path.Combine(Samples, "bad");

    public static string Sample(string name) => Path.Combine(Samples, name);

    public static string ResponseSamples => Path.Combine(Samples, "responses");
}
