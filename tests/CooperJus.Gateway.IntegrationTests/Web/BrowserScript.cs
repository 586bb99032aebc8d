using System.ComponentModel;
using System.Diagnostics;
using CooperJus.Gateway.IntegrationTests.Interop;
using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Web;

/// <summary>
/// Runs <c>tests/interop/auditor-view-browser.mjs</c> (playwright-core driving Debian's Chromium) with Node.js. Both
/// the browser and the npm package are prerequisites: when one is missing the test FAILS saying how to install it,
/// never skips, so a CI without a browser cannot look green.
/// </summary>
internal static class BrowserScript
{
    public const string Chromium = "/usr/bin/chromium";

    public sealed record Result(int ExitCode, string Output, string Error);

    public static void RequireInstalled()
    {
        if (!File.Exists(Chromium))
            Assert.Fail($"{Chromium} is missing: the auditor view's browser test needs Debian's Chromium. Install it with `apt-get install chromium` (CI's .ci/run does it).");
        if (!Directory.Exists(Path.Combine(NodeScript.Folder, "node_modules", "playwright-core")))
            Assert.Fail($"The playwright-core npm package is not installed in {NodeScript.Folder}. Run `npm ci --prefix tests/interop` from the repository root (CI's .ci/run does it).");
    }

    public static Result Run(string scenarioFile)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.ArgumentList.Add(Path.Combine(NodeScript.Folder, "auditor-view-browser.mjs"));
        start.ArgumentList.Add("--scenario");
        start.ArgumentList.Add(scenarioFile);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception exception)
        {
            Assert.Fail($"Node.js (20 or later) is needed for the browser test and `node` could not be started: {exception.Message}");
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"the browser scenario did not finish within two minutes; so far it printed:{Environment.NewLine}{output.Result}{error.Result}");
            }
            return new Result(process.ExitCode, output.Result, error.Result);
        }
    }
}
