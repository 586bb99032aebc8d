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
    /// <summary>The adapters of the repository: each <c>adapters/&lt;id&gt;/</c> with a <c>CooperJus.Adapters.&lt;id&gt;</c> project.</summary>
    public static IReadOnlyList<string> RepositoryIds()
    {
        var repository = RepositoryPaths.Root();
        if (repository is null || !Directory.Exists(Path.Combine(repository, "adapters"))) return [];
        return Directory.EnumerateDirectories(Path.Combine(repository, "adapters"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(id => File.Exists(Path.Combine(repository, "adapters", id, $"CooperJus.Adapters.{id}", $"CooperJus.Adapters.{id}.csproj")))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Builds adapter <paramref name="ids"/> into <c><paramref name="root"/>/&lt;id&gt;/</c> and returns <paramref name="root"/>.</summary>
    /// <exception cref="InvalidOperationException">Outside a repository, or a build failed (its output is in the message).</exception>
    public static string Build(IEnumerable<string> ids, string root)
    {
        foreach (var id in ids) BuildOne(id, root);
        return root;
    }

    /// <summary>Builds adapter <paramref name="id"/> into <c><paramref name="root"/>/&lt;id&gt;/</c>.</summary>
    /// <exception cref="InvalidOperationException">Outside a repository, or the build failed (its output is in the message).</exception>
    public static void BuildOne(string id, string root)
    {
        var repository = RepositoryPaths.Root() ?? throw new InvalidOperationException("--build-adapters needs the repository: run from inside it.");
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
}
