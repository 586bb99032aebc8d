using System.ComponentModel;
using System.Diagnostics;

namespace CooperJus.Gateway.Cli.Scaffold;

/// <summary>Adds projects to the repository's solution with <c>dotnet sln add</c>, as a developer would.</summary>
internal static class SolutionProjects
{
    /// <summary>Adds <paramref name="projects"/> (relative to <paramref name="repository"/>) at the solution's root, like the other adapters.</summary>
    /// <returns>Null when added, else why not, in a sentence that says what to run by hand.</returns>
    public static string? Add(string repository, IReadOnlyList<string> projects)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "sln", AdapterScaffold.SolutionFile, "add", "--in-root" }.Concat(projects)) start.ArgumentList.Add(argument);
        var byHand = $"add them by hand: dotnet sln {AdapterScaffold.SolutionFile} add --in-root {string.Join(' ', projects)}";
        try
        {
            using var process = Process.Start(start) ?? throw new Win32Exception("dotnet did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                return $"dotnet sln add did not finish within 2 minutes; {byHand}";
            }
            return process.ExitCode == 0 ? null : $"dotnet sln add failed ({error.Result.Trim()}{output.Result.Trim()}); {byHand}";
        }
        catch (Win32Exception e)
        {
            return $"the .NET SDK (dotnet) was not found on PATH ({e.Message}), so the projects are not in {AdapterScaffold.SolutionFile}; {byHand}";
        }
    }

    /// <summary>The dotnet that runs this process when it is one (so the same SDK edits the solution), else dotnet on PATH.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && string.Equals(Path.GetFileNameWithoutExtension(path), "dotnet", StringComparison.OrdinalIgnoreCase) ? path : "dotnet";
}
