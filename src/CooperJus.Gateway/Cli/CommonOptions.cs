using System.CommandLine;

namespace CooperJus.Gateway.Cli;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string?> AdaptersFolder() => new("--adapters")
    {
        Description = "Folder with one sub-folder per adapter plugin (default: adapters/ beside the executable, else artifacts/adapters/ of the build tree).",
    };

    public static Option<string> Adapter() => new("--adapter")
    {
        Description = "Adapter id, e.g. PE, BR, ES (see `cooperjus adapters`).",
        Required = true,
    };

    /// <summary><c>--json</c>: one JSON document on standard output instead of the table (shapes in docs/cli-json.md).</summary>
    public static Option<bool> Json() => new("--json")
    {
        Description = "Print one JSON document instead of text (shapes and status names: docs/cli-json.md).",
    };
}
