using CooperJus.Gateway.Sdk.Conversions;

namespace CooperJus.Gateway.Sdk.CodeLists;

/// <summary>
/// A table from national codes to canonical codes, read from a data file an office can edit without a rebuild.
/// </summary>
/// <remarks>
/// File format: UTF-8 text, one entry per line, fields separated by <c>;</c>; the first line names the columns;
/// blank lines and lines starting with <c>#</c> are ignored. Keys are matched ignoring case, accents and surrounding
/// spaces, so <c>Extracción</c>, <c>EXTRACCION</c> and <c>extraccion </c> are the same key. Values may not contain
/// <c>;</c>.
/// </remarks>
public sealed class CodeList
{
    private readonly Dictionary<string, CodeListEntry> _byKey;
    private readonly List<CodeListEntry> _entries;

    private CodeList(string name, IReadOnlyList<string> columns, List<CodeListEntry> entries)
    {
        Name = name;
        ConversionName = $"code-list:{name}";
        Columns = columns;
        _entries = entries;
        _byKey = new Dictionary<string, CodeListEntry>(StringComparer.Ordinal);
        foreach (var entry in entries) _byKey.TryAdd(TextKeys.Normalize(entry.Key), entry);
    }

    /// <summary>Name of the list (file name without extension), used in lineage as <c>code-list:NAME</c>.</summary>
    public string Name { get; }

    /// <summary>Column names, the key column first.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Every entry in file order.</summary>
    public IReadOnlyList<CodeListEntry> Entries => _entries;

    /// <summary>The conversion name recorded in lineage for lookups in this list.</summary>
    public string ConversionName { get; }

    /// <summary>Finds the entry for a national key, ignoring case and accents.</summary>
    public CodeListEntry? Find(string? key) =>
        key is not null && _byKey.TryGetValue(TextKeys.Normalize(key), out var entry) ? entry : null;

    /// <summary>The first entry whose <paramref name="column"/> equals <paramref name="value"/> (ordinal): the reverse mapping used when rendering.</summary>
    public CodeListEntry? FindBy(string column, string value) =>
        _entries.FirstOrDefault(e => string.Equals(e[column], value, StringComparison.Ordinal));

    /// <summary>
    /// The first entry, in file order, whose columns hold every value of <paramref name="criteria"/> (ordinal); a null or
    /// empty value asks for an empty column, and the key column may be named too. The reverse mapping when one column does not decide, for example a canonical
    /// code and a person kind, or a measure type without a hearing modality:
    /// <c>FindBy(("type", "witness-hearing"), ("modality", null))</c>.
    /// </summary>
    /// <remarks>
    /// When several entries match, the first in the file wins: an office puts the national code it prefers for a
    /// canonical value first, and the others (read, never written) after it. No criteria match the first entry.
    /// </remarks>
    /// <exception cref="ArgumentException">A criterion names a column the list does not have (a typing mistake in the adapter, never a data problem).</exception>
    public CodeListEntry? FindBy(params ReadOnlySpan<(string Column, string? Value)> criteria)
    {
        foreach (var (column, _) in criteria)
        {
            if (!Columns.Contains(column, StringComparer.OrdinalIgnoreCase))
                throw new ArgumentException($"Code list '{Name}' has no column '{column}'; its columns are {string.Join(", ", Columns)}.", nameof(criteria));
        }
        foreach (var entry in _entries)
        {
            if (Matches(entry, criteria)) return entry;
        }
        return null;
    }

    private bool Matches(CodeListEntry entry, ReadOnlySpan<(string Column, string? Value)> criteria)
    {
        foreach (var (column, value) in criteria)
        {
            var written = string.Equals(column, Columns[0], StringComparison.OrdinalIgnoreCase) ? entry.Key : entry[column];
            if (!string.Equals(written, string.IsNullOrEmpty(value) ? null : value, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>
    /// Checks at start-up that every entry's <paramref name="column"/> holds a canonical code of
    /// <typeparamref name="TEnum"/> (kebab-case, see <see cref="CanonicalCodes"/>), so an office's typing mistake
    /// stops the adapter with the line to fix instead of failing requests later. Empty cells are allowed when
    /// <paramref name="optional"/>.
    /// </summary>
    /// <exception cref="FormatException">An entry breaks the rule; the message names the list, line, column and the allowed codes.</exception>
    public void RequireCodes<TEnum>(string column, bool optional = false) where TEnum : struct, Enum
    {
        foreach (var entry in _entries)
        {
            var code = entry[column];
            if (code is null && optional) continue;
            if (!CanonicalCodes.TryParse<TEnum>(code, out _))
                throw Invalid(entry, column, "one of " + string.Join(", ", CanonicalCodes.All<TEnum>()));
        }
    }

    /// <summary>Checks that every entry's <paramref name="column"/> matches <paramref name="pattern"/> (empty allowed when <paramref name="optional"/>).</summary>
    /// <exception cref="FormatException">An entry breaks the rule; the message names the list, line, column and the pattern.</exception>
    public void RequirePattern(string column, System.Text.RegularExpressions.Regex pattern, bool optional = false)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        foreach (var entry in _entries)
            if (entry[column] is { } value ? !pattern.IsMatch(value) : !optional)
                throw Invalid(entry, column, pattern.ToString());
    }

    private FormatException Invalid(CodeListEntry entry, string column, string expected) =>
        new($"Code list '{Name}' line {entry.Line}: column '{column}' is '{entry[column]}', expected {expected}.");

    /// <summary>Parses a code list from text.</summary>
    /// <exception cref="FormatException">The text has no header, or a line has more fields than the header; the message names the line.</exception>
    public static CodeList Parse(string name, TextReader text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[]? header = null;
        var entries = new List<CodeListEntry>();
        var lineNumber = 0;
        while (text.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.TrimStart().StartsWith('#') || string.IsNullOrWhiteSpace(line)) continue;
            var fields = line.Split(';').Select(f => f.Trim()).ToArray();
            if (header is null)
            {
                header = fields;
                continue;
            }
            if (fields.Length > header.Length)
                throw new FormatException($"Code list '{name}' line {lineNumber}: {fields.Length} fields but the header names {header.Length}.");
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 1; i < header.Length; i++) values[header[i]] = i < fields.Length ? fields[i] : "";
            entries.Add(new CodeListEntry { Key = fields[0], Values = values, Line = lineNumber });
        }
        if (header is null) throw new FormatException($"Code list '{name}' is empty: the first line must name the columns.");
        return new CodeList(name, header, entries);
    }
}
