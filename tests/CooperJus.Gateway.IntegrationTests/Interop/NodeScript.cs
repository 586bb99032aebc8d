using CooperJus.Gateway.IntegrationTests.Support;

namespace CooperJus.Gateway.IntegrationTests.Interop;

/// <summary>Runs <c>tests/interop/jose-interop.mjs</c> with Node.js as a child process and captures what it prints.</summary>
internal static class NodeScript
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "interop");

    /// <summary>Fails the test with the command to run when the script's dependency is not installed.</summary>
    public static void RequireInstalled()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "jose")))
            Assert.Fail($"The jose npm package is not installed in {Folder}. Run `npm ci --prefix tests/interop` from the repository root (CI's .ci/run does it).");
    }

    /// <summary>Fails the test with the command to run when the independent JSON Schema validator (ajv) is not installed.</summary>
    public static void RequireAjv()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "ajv-formats")))
            Assert.Fail($"The ajv and ajv-formats npm packages are not installed in {Folder}. Run `npm ci --prefix tests/interop` from the repository root (CI's .ci/run does it).");
    }

    public static ExternalCommand.Result Run(params string[] arguments) =>
        ExternalCommand.Run(RepositoryPaths.Root, "node", [Path.Combine(Folder, "jose-interop.mjs"), .. arguments]);
}
