using System.Diagnostics;
using CooperJus.Gateway.Benchmarks.Reporting;

namespace CooperJus.Gateway.Benchmarks.Setup;

/// <summary>
/// Builds Release copies of the adapters into a folder of their own (<c>--build-adapters</c>). The plugins in
/// <c>artifacts/adapters</c> are whatever configuration was built last, usually Debug, whose code the JIT does not
/// optimise; a benchmark of them measures the build, not the adapter. The copies go elsewhere so the Debug builds
/// other people's tests use are left alone.
/// </summary>
internal static class ReleaseAdapterBuild
{
    /// <summary>Builds adapter <paramref name="ids"/> into <c><paramref name="root"/>/&lt;id&gt;/</c> and returns <paramref name="root"/>.</summary>
    /// <exception cref="InvalidOperationException">Outside a repository, or a build failed (its output is in the message).</exception>
    public static string Build(IEnumerable<string> ids, string root)
    {
        var repository = RepositoryPaths.Root() ?? throw new InvalidOperationException("--build-adapters needs the repository: run from inside it.");
        foreach (var id in ids)
        {
            var project = Path.Combine(repository, "adapters", id, $"CooperJus.Adapters.{id}");
            Progress.Say($"building adapter {id} in Release into {root}");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "build", project, "-c", "Release", "-nologo", "-v:q", $"-p:AdapterArtifactsRoot={root}{Path.DirectorySeparatorChar}" })
                start.ArgumentList.Add(argument);
            using var build = Process.Start(start) ?? throw new InvalidOperationException("dotnet build did not start.");
            var errors = build.StandardError.ReadToEndAsync();
            var output = build.StandardOutput.ReadToEnd();
            build.WaitForExit();
            if (build.ExitCode != 0) throw new InvalidOperationException($"Building adapter {id} in Release failed:\n{output}{errors.Result}");
        }
        return root;
    }
}
