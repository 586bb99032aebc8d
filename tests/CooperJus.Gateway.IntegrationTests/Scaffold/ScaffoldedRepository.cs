using System.Diagnostics;
using System.Security.Cryptography;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Scaffold;

/// <summary>
/// A copy, in a temporary folder, of the parts of the repository a new adapter builds against: the build settings,
/// the SDK, the core, the shared adapter test library (the conformance suite its tests derive), the schemas and the solution. New
/// adapters are scaffolded, built and tested there with the real <c>dotnet</c>, never in the repository itself.
/// </summary>
internal sealed class ScaffoldedRepository : IDisposable
{
    private static readonly string[] RootFiles = ["CooperJus.Gateway.sln", "Directory.Build.props", "Directory.Packages.props", "BannedSymbols.txt", "global.json", ".editorconfig"];
    private static readonly string[] Folders = ["schemas", "src/CooperJus.Gateway.Sdk", "src/CooperJus.Gateway.Core", "tests/CooperJus.Gateway.Adapters.Testing"];
    private static readonly string[] Files = ["adapters/Directory.Build.props", "tests/Directory.Build.props", "tests/TestProject.props"];

    private readonly TemporaryFolder _folder = new();

    public ScaffoldedRepository()
    {
        foreach (var file in RootFiles.Concat(Files)) CopyFile(file);
        foreach (var folder in Folders) CopyFolder(Path.Combine(RepositoryPaths.Root, folder), Path.Combine(Root, folder));
    }

    public string Root => _folder.Path;

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Copies <paramref name="source"/> over the repository, replacing files of the same path.</summary>
    public void CopyOver(string source) => CopyFolder(source, Root);

    /// <summary>The SHA-256 of every source file under <paramref name="folder"/> (build outputs left out), by relative path.</summary>
    public SortedDictionary<string, string> Hashes(string folder)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var root = PathOf(folder);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !IsBuildOutput(Path.GetRelativePath(root, f))))
            hashes[Path.GetRelativePath(root, file)] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        return hashes;
    }

    /// <summary>Runs <c>dotnet ARGUMENTS</c> here, with no build server left behind and nothing inherited from the outer test run's MSBuild.</summary>
    public ExternalCommand.Result Dotnet(TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var key in start.Environment.Keys.Where(IsInherited).ToList()) start.Environment.Remove(key);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {string.Join(' ', arguments)} did not finish within {timeout.TotalMinutes:0} min; so far:{Environment.NewLine}{output.Result}{error.Result}");
        }
        return new ExternalCommand.Result(process.ExitCode, output.Result, error.Result);
    }

    public void Dispose() => _folder.Dispose();

    // The outer `dotnet test` runs under MSBuild and VSTest, whose settings would steer the inner build and test runs.
    private static bool IsInherited(string key) =>
        key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("COOPERJUS_", StringComparison.OrdinalIgnoreCase);

    private static bool IsBuildOutput(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    private void CopyFile(string relative)
    {
        var target = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(RepositoryPaths.Root, relative), target, overwrite: true);
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (IsBuildOutput(relative)) continue;
            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            // Written, not copied: a copy keeps the source's older time, and MSBuild would take the build as up to date.
            File.WriteAllBytes(destination, File.ReadAllBytes(file));
        }
    }
}
