using System.Collections.Concurrent;
using System.Text;

namespace CooperJus.Gateway.Sdk.CodeLists;

/// <summary>
/// Finds code-list files by name in an ordered list of folders: an office's override folder first (from
/// configuration), then the adapter's own <c>codelists</c> folder. Each list is read once.
/// </summary>
public sealed class CodeListSource
{
    private readonly IReadOnlyList<string> _directories;
    private readonly ConcurrentDictionary<string, CodeList> _cache = new(StringComparer.Ordinal);

    /// <summary>Creates a source searching <paramref name="directories"/> in order.</summary>
    public CodeListSource(params string[] directories) => _directories = directories;

    /// <summary>Loads <c>NAME.csv</c> from the first folder that has it.</summary>
    /// <exception cref="FileNotFoundException">No folder has the list; the message names every folder searched.</exception>
    /// <exception cref="FormatException">The file is malformed; the message names the line.</exception>
    public CodeList Load(string name) => _cache.GetOrAdd(name, Read);

    private CodeList Read(string name)
    {
        foreach (var directory in _directories)
        {
            var path = Path.Combine(directory, name + ".csv");
            if (!File.Exists(path)) continue;
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return CodeList.Parse(name, reader);
        }
        throw new FileNotFoundException($"Code list '{name}.csv' was not found in: {string.Join(", ", _directories)}.");
    }
}
