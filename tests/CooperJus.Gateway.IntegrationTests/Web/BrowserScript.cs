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

    public static void RequireInstalled()
    {
        if (!File.Exists(Chromium))
            Assert.Fail($"{Chromium} is missing: the auditor view's browser test needs Debian's Chromium. Install it (and the other prerequisites) with `bash .ci/prerequisites` as root.");
        if (!Directory.Exists(Path.Combine(NodeScript.Folder, "node_modules", "playwright-core")))
            Assert.Fail($"The playwright-core npm package is not installed in {NodeScript.Folder}. Run `npm ci --prefix tests/interop` from the repository root (CI's .ci/run does it).");
    }

    public static ExternalCommand.Result Run(string scenarioFile) =>
        ExternalCommand.Run(RepositoryPaths.Root, TimeSpan.FromMinutes(2), "node", Path.Combine(NodeScript.Folder, "auditor-view-browser.mjs"), "--scenario", scenarioFile);
}
