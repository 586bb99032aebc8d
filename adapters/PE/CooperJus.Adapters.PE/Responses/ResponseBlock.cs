using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.PE.Responses;

/// <summary>The contiguous rows of one response; checks, as rows arrive, that the response-level columns repeat unchanged.</summary>
internal sealed class ResponseBlock
{
    private readonly List<ResponseRow> _rows;

    public ResponseBlock(string number, ResponseRow first, string headerText)
    {
        Number = number;
        HeaderText = headerText;
        _rows = [first];
    }

    /// <summary>NRO_RESPUESTA, trimmed.</summary>
    public string Number { get; }

    /// <summary>The header line as read.</summary>
    public string HeaderText { get; }

    public IReadOnlyList<ResponseRow> Rows => _rows;

    public ResponseRow First => _rows[0];

    /// <summary>Problems of the response as a whole: rows that come back, conflicting values, an unreadable rest of file.</summary>
    public List<Problem> Problems { get; } = [];

    public void Add(ResponseRow row)
    {
        foreach (var column in SgfResponseColumns.ResponseLevel)
        {
            var expected = First.Value(column)?.Trim() ?? "";
            var actual = row.Value(column)?.Trim() ?? "";
            if (string.Equals(expected, actual, StringComparison.Ordinal)) continue;
            Problems.Add(Problem.Error("csv.conflicting-values",
                $"Response {Number}: {column} is \"{Shorten(actual)}\" in row {row.Row} but \"{Shorten(expected)}\" in row {First.Row}; the response-level columns must repeat unchanged on every row of a response.",
                row.At(column)));
        }
        _rows.Add(row);
    }

    /// <summary>The header line and the response's rows exactly as read, so the audit copy reads on its own.</summary>
    public string OriginalText() => HeaderText + string.Concat(_rows.Select(r => r.RawText));

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
