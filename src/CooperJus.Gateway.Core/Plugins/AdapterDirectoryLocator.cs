namespace CooperJus.Gateway.Core.Plugins;

/// <summary>
/// Decides where adapters are loaded from when configuration does not say: <c>adapters/</c> beside the executable
/// (a deployed gateway), else <c>artifacts/adapters/</c> in the current folder or the nearest folder above it or above
/// the executable (a build tree, so the CLI works from the repository root with no configuration).
/// </summary>
public static class AdapterDirectoryLocator
{
    /// <summary>The folder to scan: <paramref name="configured"/> when given, else the first default that exists.</summary>
    public static string Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        var beside = Path.Combine(AppContext.BaseDirectory, "adapters");
        if (Directory.Exists(beside) && Directory.EnumerateDirectories(beside).Any()) return beside;
        return FindUpwards(Environment.CurrentDirectory) ?? FindUpwards(AppContext.BaseDirectory) ?? beside;
    }

    private static string? FindUpwards(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "artifacts", "adapters");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
