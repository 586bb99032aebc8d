using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;
using CooperJus.Gateway.Sdk.Rendering;

namespace CooperJus.Adapters.PE.Rendering;

/// <summary>
/// Writes canonical requests as an SGF export: UTF-8 with BOM, <c>;</c>-separated, CRLF, the header, then one row
/// per person, organisation and cultural object of each request (one row with only the request when it has none).
/// </summary>
internal sealed class SgfCsvRenderer
{
    private readonly RequestColumns _requestColumns;
    private readonly MeasureColumns _measureColumns;
    private readonly PartyRows _partyRows;

    public SgfCsvRenderer(SgfCodeLists lists)
    {
        _requestColumns = new RequestColumns(lists);
        _measureColumns = new MeasureColumns(lists);
        _partyRows = new PartyRows(lists);
    }

    public RenderReport Render(IReadOnlyList<CooperationRequest> requests, Stream output)
    {
        var warnings = new List<Problem>();
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ";",
            NewLine = "\r\n",
            // With NewLine set, CsvHelper would quote only fields holding "\r\n" itself: a lone "\n" must be quoted too.
            ShouldQuote = args => NeedsQuotes(args.Field),
        });
        // ID_PASARELA only when a request needs it: an export of SGF's own requests stays the file SGF wrote.
        var columns = requests.Any(RequestColumns.NeedsGatewayId) ? SgfColumns.All : SgfColumns.All.Where(c => c != SgfColumns.GatewayRequestId).ToList();
        WriteRow(csv, columns, column => column);
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            var scope = new RenderScope(request, i, SgfCarriedPaths.FormatName, SgfCarriedPaths.Carried);
            var requestValues = _requestColumns.Write(request, scope);
            var written = new WrittenParties();
            var rows = _partyRows.Write(request, written, scope);
            _measureColumns.Write(request, written, requestValues, scope);
            if (rows.Count == 0) rows.Add(new RowValues());
            foreach (var row in rows) WriteRow(csv, columns, column => requestValues[column] ?? row[column]);
            warnings.AddRange(scope.Complete());
        }
        csv.Flush();
        return new RenderReport { RequestsWritten = requests.Count, Warnings = warnings };
    }

    private static bool NeedsQuotes(string? field) =>
        !string.IsNullOrEmpty(field) && (field.AsSpan().IndexOfAny(";\"\r\n") >= 0 || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]));

    private static void WriteRow(CsvWriter csv, IReadOnlyList<string> columns, Func<string, string?> valueOf)
    {
        foreach (var column in columns) csv.WriteField(valueOf(column) ?? "");
        csv.NextRecord();
    }
}
