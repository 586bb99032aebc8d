using System.Globalization;
using System.Text.Json;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// Streams a JSON Lines file (<c>application/jsonl</c>): one record per line, each a JSON value. A line that is not
/// one JSON value gives a located <c>json.invalid</c> (<see cref="JsonReadEventKind.InvalidRecord"/>) and the next
/// lines are still read; blank lines are skipped; a line longer than
/// <see cref="JsonRecordReaderOptions.MaxRecordBytes"/> is skipped without being kept. <see cref="Open"/> gives a
/// record as a tree of located values, every location holding the line.
/// </summary>
/// <remarks>Memory is bounded by the longest line (capped), never by the file. One reader reads one file, on one thread.</remarks>
/// <example>
/// <code>
/// var reader = new JsonLinesReader(stream, fileName, new JsonRecordReaderOptions { RecordNoun = "solicitud" });
/// while (reader.Next() is { } found)
/// {
///     var scope = new RecordScope();
///     var at = new SourceLocation { File = fileName, Line = found.Line };
///     if (found.Kind != JsonReadEventKind.Record) { scope.Error(found.Rule!, found.Message!, at); yield return scope.ToResult($"line {found.Line}", null, at, null); continue; }
///     var record = reader.Open(found, scope);
///     var solicitud = record.RootObject(); // json.type when the line is not an object
///     …
/// }
/// </code>
/// </example>
public sealed class JsonLinesReader
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private readonly Stream _stream;
    private readonly JsonRecordReaderOptions _options;
    private readonly JsonRecordOpener _opener;
    private byte[] _buffer;
    private int _start;
    private int _length;
    private long _bufferOffset;
    private bool _eof;
    private bool _skipping;
    private long _line;
    private int _index = -1;

    /// <summary>A reader of the lines of <paramref name="stream"/>, the file <paramref name="fileName"/>.</summary>
    public JsonLinesReader(Stream stream, string fileName, JsonRecordReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        _stream = stream;
        _options = options ?? new JsonRecordReaderOptions();
        _buffer = new byte[_options.InitialBufferBytes];
        PeakBufferBytes = _buffer.Length;
        _opener = new JsonRecordOpener(fileName, _options);
    }

    /// <summary>The largest the buffer has been: what bounds the reader's memory.</summary>
    public int PeakBufferBytes { get; private set; }

    /// <summary>The record of <paramref name="found"/>, as <see cref="JsonRecordReader.Open"/>; valid until the next call.</summary>
    public JsonRecord Open(JsonReadEvent found, RecordScope scope) => _opener.Open(found, scope, level: 1);

    /// <summary>The next line's event, or null at the end of the file.</summary>
    public JsonReadEvent? Next()
    {
        _opener.Close();
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _length - _start);
            var newline = pending.IndexOf((byte)'\n');
            if (newline < 0 && !_eof)
            {
                Refill();
                continue;
            }
            if (newline < 0 && pending.IsEmpty)
            {
                if (!_skipping) return null;
                // The file ends inside the line being skipped.
                _skipping = false;
                _line++;
                return Oversized(_bufferOffset + _start);
            }
            var end = newline < 0 ? pending.Length : newline;
            var offset = _bufferOffset + _start;
            var line = _buffer.AsMemory(_start, end);
            _start += newline < 0 ? end : end + 1;
            _line++;
            if (_skipping)
            {
                _skipping = false;
                return Oversized(offset);
            }
            if (line.Span.EndsWith("\r"u8)) line = line[..^1];
            if (_line == 1 && line.Span.StartsWith(Utf8Bom)) line = line[Utf8Bom.Length..];
            if (line.Span.Trim(" \t"u8).IsEmpty) continue;
            _index++;
            return Check(line.Span) is { } invalid
                ? new JsonReadEvent { Kind = JsonReadEventKind.InvalidRecord, Pointer = "", Line = _line, ByteOffset = offset, Index = _index, Rule = "json.invalid", Message = invalid, Bytes = line }
                : new JsonReadEvent { Kind = JsonReadEventKind.Record, Pointer = "", Line = _line, ByteOffset = offset, Index = _index, Bytes = line };
        }
    }

    /// <summary>Null when <paramref name="line"/> is one JSON value; else why not.</summary>
    private static string? Check(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = JsonRecordReader.ReaderMaxDepth });
        try
        {
            reader.Read();
            reader.Skip();
            return reader.Read() ? "The line holds more than one JSON value." : null;
        }
        catch (JsonException e)
        {
            return $"The line is not valid JSON: {e.Message}";
        }
    }

    private JsonReadEvent Oversized(long offset)
    {
        _index++;
        return new JsonReadEvent
        {
            Kind = JsonReadEventKind.OversizedRecord,
            Pointer = "",
            Line = _line,
            ByteOffset = offset,
            Index = _index,
            Rule = $"json.{_options.RecordNoun}-too-large",
            Message = string.Create(CultureInfo.InvariantCulture, $"Line {_line} is longer than the {_options.MaxRecordBytes} bytes one {_options.RecordNoun} may take; it was skipped."),
        };
    }

    private void Refill()
    {
        // Keep only the line being read, at the start of the buffer.
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _length - _start);
            _length -= _start;
            _bufferOffset += _start;
            _start = 0;
        }
        if (_length == _buffer.Length)
        {
            if (_buffer.Length >= _options.MaxRecordBytes)
            {
                // The line will be rejected: stop keeping its bytes so memory stays bounded, and read on to its end.
                _skipping = true;
                _bufferOffset += _length;
                _length = 0;
            }
            else
            {
                Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, _options.MaxRecordBytes));
                PeakBufferBytes = Math.Max(PeakBufferBytes, _buffer.Length);
            }
        }
        var read = _stream.Read(_buffer, _length, _buffer.Length - _length);
        if (read == 0) _eof = true;
        _length += read;
    }
}
