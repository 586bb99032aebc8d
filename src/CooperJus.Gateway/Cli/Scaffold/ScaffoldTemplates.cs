using System.Reflection;

namespace CooperJus.Gateway.Cli.Scaffold;

/// <summary>
/// The template files embedded in the host (<c>Cli/Scaffold/Templates/</c>, resources named <c>scaffold/...</c>): the
/// files every adapter gets (<c>common/</c>) and those of one shape (<c>&lt;shape&gt;/</c>). Paths are relative to the
/// repository root and may hold placeholders; the files at the top of a shape's folder whose name starts with <c>_</c> are fragments
/// inserted into other files, not files of their own.
/// </summary>
internal static class ScaffoldTemplates
{
    private const string Prefix = "scaffold/";

    /// <summary>The output files of <paramref name="shape"/>: relative path (with placeholders) → content.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> FilesOf(SourceShape shape) =>
        [.. Under("common/").Concat(Under(shape.Name + "/")).Where(f => !IsFragment(f.Key))];

    /// <summary>The fragment <paramref name="name"/> of <paramref name="shape"/>.</summary>
    public static string Fragment(SourceShape shape, string name) =>
        Under(shape.Name + "/").FirstOrDefault(f => f.Key == name).Value
        ?? throw new InvalidOperationException($"The scaffold template {shape.Name}/{name} is not embedded in the host.");

    private static bool IsFragment(string path) => path.StartsWith('_') && !path.Contains('/', StringComparison.Ordinal);

    private static IEnumerable<KeyValuePair<string, string>> Under(string folder)
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            // MSBuild writes %(RecursiveDir) with the build machine's separator.
            var path = name.Replace('\\', '/');
            if (!path.StartsWith(Prefix + folder, StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return new(path[(Prefix.Length + folder.Length)..], reader.ReadToEnd());
        }
    }
}
