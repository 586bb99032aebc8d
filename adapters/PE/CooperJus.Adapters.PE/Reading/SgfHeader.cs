using CooperJus.Gateway.Sdk.Conversions;
using CooperJus.Gateway.Sdk.Reading;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>The header row: where each known column is, and the header's text for each request's original text.</summary>
internal sealed class SgfHeader
{
    private readonly CsvHeader _header;

    public SgfHeader(CsvHeader header)
    {
        _header = header;
        RequestLevelIndexes = [.. SgfColumns.RequestLevel.Select(IndexOf)];
        ColumnIndexes = [.. SgfColumns.All.Select(IndexOf)];
    }

    /// <summary>The field index of each of <see cref="SgfColumns.All"/>, in that order (-1 when absent).</summary>
    public int[] ColumnIndexes { get; }

    /// <summary>The field index of each of <see cref="SgfColumns.RequestLevel"/>, in that order (-1 when absent): compared on every row.</summary>
    public int[] RequestLevelIndexes { get; }

    /// <summary>Number of fields in the header row; every data row must have as many.</summary>
    public int ColumnCount => _header.ColumnCount;

    /// <summary>The header line exactly as read, line break included.</summary>
    public string RawText => _header.RawText;

    /// <summary>The field index of <paramref name="column"/>, or -1 when the file has no such column.</summary>
    public int IndexOf(string column) => _header.IndexOf(column);

    /// <summary>The key a header name is matched by: trimmed, case and accents ignored.</summary>
    public static string Key(string name) => TextKeys.Normalize(name);
}
