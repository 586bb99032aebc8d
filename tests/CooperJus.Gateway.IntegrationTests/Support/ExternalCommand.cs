using System.ComponentModel;
using System.Diagnostics;

namespace CooperJus.Gateway.IntegrationTests.Support;

/// <summary>
/// Runs a program that is not part of the project (sh, sha256sum, node, a browser script) as a child process, as an
/// auditor or a partner would, and captures what it prints. A program that cannot be started or does not finish in
/// time fails the test with the reason, never hangs it.
/// </summary>
internal static class ExternalCommand
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string All => Output + Error;

        public override string ToString() => $"exit {ExitCode}{Environment.NewLine}{All}";
    }

    public static Result Run(string workingDirectory, string program, params string[] arguments) =>
        Run(workingDirectory, TimeSpan.FromMinutes(1), program, arguments);

    public static Result Run(string workingDirectory, TimeSpan timeout, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"`{program}` is needed by this test and could not be started: {e.Message}");
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{program} {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s; so far it printed:{Environment.NewLine}{output.Result}{error.Result}");
            }
            return new Result(process.ExitCode, output.Result, error.Result);
        }
    }
}
