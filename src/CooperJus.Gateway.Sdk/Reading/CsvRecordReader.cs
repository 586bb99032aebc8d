using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// Reads CSV records (RFC 4180: quote <c>"</c>, doubled inside a field; fields may hold line breaks inside quotes) one
/// at a time and locates each: record number (the header being row 1, a record with quoted line breaks counting once)
/// and the physical line it starts on, with its exact text. A badly quoted field is a located <c>csv.bad-quote</c> on
/// its record; a field beyond <see cref="MaxFieldSize"/> (an unclosed quote) stops the read with <c>csv.malformed</c>.
/// </summary>
/// <remarks>
/// Built on CsvHelper's parser, which no public member shows: an adapter needs no CsvHelper of its own to read, and
/// the plugin boundary carries only SDK types. Use <see cref="CsvHeader"/> for the header row.
/// </remarks>
/// <example>
/// <code>
/// var detected = SourceEncoding.Detect(stream, file, new SourceEncodingOptions { LegacyEncoding = "windows-1252" });
/// using var text = detected.OpenReader();
/// using var csv = new CsvRecordReader(file, text, ";");
/// var header = CsvHeader.Read(csv.Next(out _)!, known, required, name => name.Trim().ToUpperInvariant(), "SGF");
/// while (csv.Next(out var fatal) is { } record) { /* record.Fields[header.IndexOf("NRO")], record.Location */ }
/// </code>
/// </example>
public sealed class CsvRecordReader : IDisposable
{
    /// <summary>
    /// The longest field accepted. An unclosed quote would otherwise make one field of the rest of the file, however
    /// large; past this size the file is reported unreadable instead.
    /// </summary>
    public const int MaxFieldSize = 1 << 20;

    private readonly CsvParser _parser;
    private readonly string _file;
    private readonly List<string> _badFields = [];
    private long _lastRow;
    private long _lastLine;

    /// <summary>A reader of the CSV records of <paramref name="reader"/>, the file <paramref name="file"/>, separated by <paramref name="delimiter"/>.</summary>
    public CsvRecordReader(string file, TextReader reader, string delimiter)
    {
        _file = file;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            DetectDelimiter = false,
            HasHeaderRecord = false,
            Quote = '"',
            Mode = CsvMode.RFC4180,
            IgnoreBlankLines = true,
            MaxFieldSize = MaxFieldSize,
            BadDataFound = args => _badFields.Add(args.Field),
        };
        _parser = new CsvParser(reader, configuration);
    }

    /// <summary>
    /// The next record, or null at the end of the file. When the parser cannot go on (a field beyond
    /// <see cref="MaxFieldSize"/>), returns null and sets <paramref name="fatal"/>.
    /// </summary>
    public CsvRecord? Next(out Problem? fatal)
    {
        fatal = null;
        _badFields.Clear();
        try
        {
            if (!_parser.Read()) return null;
        }
        catch (CsvHelperException exception)
        {
            var at = new SourceLocation { File = _file, Row = _lastRow + 1, Line = _lastLine + 1 };
            fatal = Problem.Error("csv.malformed", $"The file cannot be read past row {_lastRow}: {FirstLine(exception.Message)}", at);
            return null;
        }
        // Fields are parsed lazily: BadDataFound fires while Record is built, so read it before collecting.
        var fields = _parser.Record ?? [];
        var raw = _parser.RawRecord;
        var location = Locate(raw);
        IReadOnlyList<Problem> problems = _badFields.Count == 0 ? [] : _badFields
            .Select(field => Problem.Error("csv.bad-quote", $"A field is not quoted correctly (a quote must open the field and be doubled inside it): {Shorten(field)}", location))
            .ToList();
        return new CsvRecord(fields, location, raw, problems);
    }

    /// <inheritdoc />
    public void Dispose() => _parser.Dispose();

    private SourceLocation Locate(string raw)
    {
        var row = (long)_parser.Row;
        // Blank lines are skipped by the parser but still counted as rows; each is one physical line.
        var line = _lastLine + 1 + (row - _lastRow - 1);
        _lastRow = row;
        _lastLine = line + LineBreaksInside(raw);
        return new SourceLocation { File = _file, Row = row, Line = line };
    }

    private static long LineBreaksInside(string raw)
    {
        // A row is about a kilobyte and almost never holds a break before its end: search, do not walk every character.
        var text = raw.AsSpan();
        var breaks = 0L;
        for (var i = text.IndexOfAny('\r', '\n'); i >= 0; i = Next(text, i))
        {
            if (text[i] == '\n' || i + 1 == text.Length || text[i + 1] != '\n') breaks++;
        }
        var terminated = raw.EndsWith('\n') || raw.EndsWith('\r');
        return terminated ? breaks - 1 : breaks;
    }

    private static int Next(ReadOnlySpan<char> text, int current)
    {
        var rest = text[(current + 1)..].IndexOfAny('\r', '\n');
        return rest < 0 ? -1 : current + 1 + rest;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
