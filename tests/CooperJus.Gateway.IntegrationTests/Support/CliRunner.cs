using System.Diagnostics;

namespace CooperJus.Gateway.IntegrationTests.Support;

/// <summary>Runs the real <c>cooperjus</c> executable as a child process and captures what it prints.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string All => Output + Error;
    }

    /// <summary>Runs <c>cooperjus ARGUMENTS</c> in the repository's root folder.</summary>
    public static Result Run(params string[] arguments) => RunIn(RepositoryPaths.Root, arguments);

    /// <summary>Runs <c>cooperjus ARGUMENTS</c> in <paramref name="folder"/>, with no <c>COOPERJUS_</c> setting inherited.</summary>
    public static Result RunIn(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("COOPERJUS_", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(inherited);
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "cooperjus.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start cooperjus");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"cooperjus {string.Join(' ', arguments)} did not finish within 2 minutes");
        }
        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
