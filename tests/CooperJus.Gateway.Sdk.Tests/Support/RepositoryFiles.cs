namespace CooperJus.Gateway.Sdk.Tests.Support;

/// <summary>The repository the tests run in, found by walking up to the solution file, and its own text files.</summary>
internal static class RepositoryFiles
{
    // Build output, restored packages and version control are not the repository's own text.
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "bin", "obj", "node_modules", ".git", "artifacts", "TestResults" };

    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding <c>CooperJus.Gateway.sln</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The path of <paramref name="parts"/> under the repository root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Every file under the root whose name ends with one of <paramref name="extensions"/>, skipping build output.</summary>
    public static IEnumerable<string> Enumerate(params string[] extensions)
    {
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(Root)]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var child in folder.EnumerateDirectories())
                if (!Skipped.Contains(child.Name)) pending.Push(child);
            foreach (var file in folder.EnumerateFiles())
                if (extensions.Any(e => file.Name.EndsWith(e, StringComparison.OrdinalIgnoreCase))) yield return file.FullName;
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "CooperJus.Gateway.sln"))) return folder.FullName;
        throw new InvalidOperationException("CooperJus.Gateway.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
