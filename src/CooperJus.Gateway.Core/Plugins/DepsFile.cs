using System.Text.Json;

namespace CooperJus.Gateway.Core.Plugins;

/// <summary>
/// Checks the shape of a plugin's <c>.deps.json</c> before the runtime reads it. The runtime's native host parses
/// that file when an <see cref="System.Runtime.Loader.AssemblyDependencyResolver"/> is created, and a file without
/// <c>runtimeTarget.name</c> or its target aborts the whole process (seen on .NET 10): one damaged plugin folder
/// must not take the gateway down, so it is refused here with a reason instead.
/// </summary>
internal static class DepsFile
{
    /// <summary>Null when the file has the parts the runtime needs; otherwise what is wrong.</summary>
    public static string? Problem(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return "it is not a JSON object";
            if (!root.TryGetProperty("runtimeTarget", out var runtimeTarget) || runtimeTarget.ValueKind != JsonValueKind.Object ||
                !runtimeTarget.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
                return "it has no runtimeTarget.name";
            if (!root.TryGetProperty("targets", out var targets) || targets.ValueKind != JsonValueKind.Object ||
                !targets.TryGetProperty(name.GetString()!, out var target) || target.ValueKind != JsonValueKind.Object)
                return $"it has no targets entry for '{name.GetString()}'";
            if (!root.TryGetProperty("libraries", out var libraries) || libraries.ValueKind != JsonValueKind.Object)
                return "it has no libraries";
            return null;
        }
        catch (JsonException e)
        {
            return $"it is not valid JSON ({e.Message})";
        }
    }
}
