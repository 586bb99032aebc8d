using System.IO.Enumeration;

namespace CooperJus.Gateway.Core.Translation;

/// <summary>Resolves a translate input (a file, or a folder whose files match the adapter's name patterns) to files.</summary>
public static class InputFiles
{
    /// <summary>
    /// The files to read: <paramref name="input"/> itself when it is a file; otherwise the files directly inside it
    /// (not in sub-folders, which keep bad samples and outputs apart) whose names match <paramref name="patterns"/>,
    /// in name order.
    /// </summary>
    /// <exception cref="FileNotFoundException">Neither a file nor a folder exists at <paramref name="input"/>.</exception>
    public static IReadOnlyList<string> Resolve(string input, IReadOnlyList<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        if (File.Exists(input)) return [Path.GetFullPath(input)];
        if (!Directory.Exists(input)) throw new FileNotFoundException($"'{input}' is neither a file nor a folder.", input);
        return Directory.EnumerateFiles(input)
            .Where(f => patterns.Any(p => FileSystemName.MatchesSimpleExpression(p, Path.GetFileName(f), ignoreCase: true)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
