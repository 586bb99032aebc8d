using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>
/// The contiguous rows of one request: the only rows the reader holds at a time. Checks, as rows arrive, that the
/// request-level columns repeat unchanged.
/// </summary>
internal sealed class RequestBlock
{
    private readonly List<SgfRow> _rows;
    private readonly List<Problem> _problems = [];

    public RequestBlock(string number, SgfRow first, SgfHeader header)
    {
        Number = number;
        Header = header;
        _rows = [first];
    }

    /// <summary>The request number (NRO_SOLICITUD), trimmed.</summary>
    public string Number { get; }

    /// <summary>The file's header.</summary>
    public SgfHeader Header { get; }

    /// <summary>The rows, in file order.</summary>
    public IReadOnlyList<SgfRow> Rows => _rows;

    /// <summary>Problems concerning the request as a whole (non-contiguous rows, conflicting values, unreadable rest of file).</summary>
    public IReadOnlyList<Problem> Problems => _problems;

    /// <summary>The first row: where the request-level values are read.</summary>
    public SgfRow First => _rows[0];

    public void AddProblem(Problem problem) => _problems.Add(problem);

    /// <summary>Adds a row of this request, reporting every request-level value that differs from the first row's.</summary>
    public void Add(SgfRow row)
    {
        var indexes = Header.RequestLevelIndexes;
        for (var i = 0; i < indexes.Length; i++)
        {
            var expectedAsWritten = First.ValueAt(indexes[i]);
            var actualAsWritten = row.ValueAt(indexes[i]);
            // Rows of a request nearly always repeat these columns byte for byte: no need to trim them to know.
            if (string.Equals(expectedAsWritten, actualAsWritten, StringComparison.Ordinal)) continue;
            var expected = expectedAsWritten?.Trim() ?? "";
            var actual = actualAsWritten?.Trim() ?? "";
            if (string.Equals(expected, actual, StringComparison.Ordinal)) continue;
            _problems.Add(Problem.Error(
                "csv.conflicting-values",
                $"Request {Number}: {SgfColumns.RequestLevel[i]} is \"{Shorten(actual)}\" in row {row.Row} but \"{Shorten(expected)}\" in row {First.Row}; the request-level columns must repeat unchanged on every row of a request.",
                row.At(SgfColumns.RequestLevel[i])));
        }
        _rows.Add(row);
    }

    /// <summary>The header line followed by the request's rows, exactly as read: the request can be read alone.</summary>
    public string OriginalText()
    {
        // Sized once: a request's text is several kilobytes, and a growing builder would copy it twice.
        var length = Header.RawText.Length;
        foreach (var row in _rows) length += row.RawText.Length;
        return string.Create(length, this, static (text, block) =>
        {
            block.Header.RawText.CopyTo(text);
            var at = block.Header.RawText.Length;
            foreach (var row in block._rows)
            {
                row.RawText.CopyTo(text[at..]);
                at += row.RawText.Length;
            }
        });
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
