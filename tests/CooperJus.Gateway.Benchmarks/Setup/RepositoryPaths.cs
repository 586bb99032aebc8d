namespace CooperJus.Gateway.Benchmarks.Setup;

/// <summary>Where the repository's samples are, found from the current folder or the executable's.</summary>
internal static class RepositoryPaths
{
    private const string SolutionFile = "CooperJus.Gateway.sln";

    /// <summary>The repository root (the folder holding the solution file), or null outside a checkout.</summary>
    public static string? Root() => FindUpwards(Environment.CurrentDirectory) ?? FindUpwards(AppContext.BaseDirectory);

    /// <summary><paramref name="configured"/> when given, else <c>samples/</c> of the repository (which may not exist).</summary>
    public static string Samples(string? configured) =>
        configured is not null ? Path.GetFullPath(configured) : Path.Combine(Root() ?? Environment.CurrentDirectory, "samples");

    private static string? FindUpwards(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile))) return folder.FullName;
        return null;
    }
}
