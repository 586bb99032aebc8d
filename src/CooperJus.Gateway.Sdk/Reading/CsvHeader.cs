using System.Collections.Frozen;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// A CSV header row checked against the columns a format defines: where each known column is, and the located problems
/// of the header (<c>csv.unknown-column</c> warnings; <c>csv.duplicate-column</c> and <c>csv.missing-column</c> errors,
/// after which the file cannot be read reliably: <see cref="IsUsable"/> is false).
/// </summary>
public sealed class CsvHeader
{
    // Frozen: looked up for every field of every record, built once per file.
    private readonly FrozenDictionary<string, int> _indexes;

    private CsvHeader(Dictionary<string, int> indexes, CsvRecord record, IReadOnlyList<Problem> problems)
    {
        _indexes = indexes.ToFrozenDictionary(StringComparer.Ordinal);
        ColumnCount = record.Fields.Length;
        RawText = record.RawText;
        Location = record.Location;
        Problems = problems;
    }

    /// <summary>Number of fields in the header row; every record must have as many.</summary>
    public int ColumnCount { get; }

    /// <summary>The header line exactly as read, line break included (part of each record's original text).</summary>
    public string RawText { get; }

    /// <summary>Where the header is (row 1).</summary>
    public SourceLocation Location { get; }

    /// <summary>The header's problems, the record's quoting problems first.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>False when a column is missing or given twice: the records cannot be read reliably.</summary>
    public bool IsUsable => !Problems.Any(p => p.IsError && p.Rule is "csv.missing-column" or "csv.duplicate-column");

    /// <summary>The field index of the column whose key is <paramref name="key"/>, or -1 when the file has no such column.</summary>
    public int IndexOf(string key) => _indexes.TryGetValue(key, out var index) ? index : -1;

    /// <summary>
    /// Reads header row <paramref name="record"/>: each name is matched by its <paramref name="key"/> (trimmed, case or
    /// accents ignored, as the format says) against <paramref name="known"/>; every column of <paramref name="required"/>
    /// must be there. <paramref name="formatName"/> names the format in messages (<c>SGF</c>).
    /// </summary>
    public static CsvHeader Read(CsvRecord record, IReadOnlySet<string> known, IEnumerable<string> required, Func<string, string> key, string formatName)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(key);
        var problems = new List<Problem>(record.Problems);
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < record.Fields.Length; i++)
        {
            var name = record.Fields[i];
            var at = record.Location.At($"column {i + 1}", name);
            var column = key(name);
            if (column.Length == 0)
                problems.Add(Problem.Warning("csv.unknown-column", $"Column {i + 1} has no name; its values are ignored.", at));
            else if (!known.Contains(column))
                problems.Add(Problem.Warning("csv.unknown-column", $"Column \"{name}\" is not an {formatName} column; its values are ignored.", at));
            else if (!indexes.TryAdd(column, i))
                problems.Add(Problem.Error("csv.duplicate-column", $"Column {column} appears twice (columns {indexes[column] + 1} and {i + 1}): the file cannot be read reliably.", at));
        }
        foreach (var column in required.Where(c => !indexes.ContainsKey(c)))
            problems.Add(Problem.Error("csv.missing-column", $"The header has no {column} column, which {formatName} exports must have: the file cannot be read reliably.", record.Location.At(column, null)));
        return new CsvHeader(indexes, record, problems);
    }
}
