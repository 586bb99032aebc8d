using System.ComponentModel;
using System.Diagnostics;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Interop;

/// <summary>Runs <c>tests/interop/jose-interop.mjs</c> with Node.js as a child process and captures what it prints.</summary>
internal static class NodeScript
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "interop");

    /// <summary>Fails the test with the command to run when the script's dependency is not installed.</summary>
    public static void RequireInstalled()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "jose")))
            Assert.Fail($"The jose npm package is not installed in {Folder}. Run `npm ci --prefix tests/interop` from the repository root (CI's .ci/run does it).");
    }

    public static Result Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.ArgumentList.Add(Path.Combine(Folder, "jose-interop.mjs"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception exception)
        {
            Assert.Fail($"Node.js (20 or later) is needed for the interoperability tests and `node` could not be started: {exception.Message}");
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"node jose-interop.mjs {string.Join(' ', arguments)} did not finish within a minute");
            }
            return new Result(process.ExitCode, output.Result, error.Result);
        }
    }
}
