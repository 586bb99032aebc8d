using System.ComponentModel;
using System.Diagnostics;

namespace CooperJus.Gateway.IntegrationTests.Audit;

/// <summary>Runs a program that is not part of the project (sh, sha256sum, node) as a child process, as an auditor would.</summary>
internal static class ExternalCommand
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string All => Output + Error;

        public override string ToString() => $"exit {ExitCode}{Environment.NewLine}{All}";
    }

    public static Result Run(string workingDirectory, string program, params string[] arguments)
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
            if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{program} {string.Join(' ', arguments)} did not finish within a minute");
            }
            return new Result(process.ExitCode, output.Result, error.Result);
        }
    }
}
