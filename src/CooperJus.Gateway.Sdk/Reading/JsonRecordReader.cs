using System.Globalization;
using System.Text.Json;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// Streams the records of a JSON file, the elements of its root array or of an array property of its root object
/// (<see cref="JsonRecordReaderOptions.ArrayProperty"/>): the root object's other members (its header), then each
/// record as its exact bytes, one at a time, over one refilled buffer. Memory stays bounded by the largest record
/// (capped), never by the file: the buffer only grows while one record does not fit, and a record beyond the cap is
/// skipped without being kept. <see cref="Open"/> then gives a record as a tree of located values.
/// </summary>
/// <remarks>
/// Line numbers are counted as bytes are consumed (JSON strings cannot hold a raw line break, so every <c>\n</c> byte
/// is a line). Syntax errors stop the read with a located problem; everything given before stays valid. One reader
/// reads one file, on one thread.
/// </remarks>
/// <example>
/// An adapter whose export is <c>{ "version": "1", "solicitudes": [ { "id": "A-1", "fecha": "2024-05-02" }, … ] }</c>:
/// <code>
/// var reader = new JsonRecordReader(stream, fileName, new JsonRecordReaderOptions { ArrayProperty = "solicitudes", RecordNoun = "solicitud" });
/// while (reader.Next() is { } found)
/// {
///     if (found.Kind != JsonReadEventKind.Record) { /* a header member, or a file problem: found.Rule, found.Message */ continue; }
///     var scope = new RecordScope();
///     var record = reader.Open(found, scope);
///     if (record.RootObject() is { } solicitud)
///     {
///         var id = solicitud.String("id", "/issuingAuthority/requestReference"); // located; json.type when not a string
///         var fecha = solicitud.String("fecha", "/issuedOn") is { } at ? scope.IsoDate("/issuedOn", at) : null;
///         record.ReportUnknownProperties(); // warns json.unknown-property for every member nobody asked for
///     }
///     yield return scope.ToResult(id?.Value ?? found.Pointer, request, record.Location, record.OriginalText);
/// }
/// </code>
/// </example>
public sealed class JsonRecordReader
{
    /// <summary>The reader's own depth limit: far beyond what a layout needs, so that a too-deep record is still
    /// scanned to its end and rejected alone (the tree builder applies <see cref="JsonRecordReaderOptions.MaxNestingLevel"/>).</summary>
    public const int ReaderMaxDepth = 4096;

    private readonly JsonRecordOpener _opener;
    private readonly JsonRecordReaderOptions _options;
    private readonly string? _arrayProperty;

    // Built once: every record's pointer starts with it.
    private readonly string _arrayPointer;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private readonly Stream _stream;
    private readonly int _maxBufferBytes;
    private readonly HashSet<string> _rootNames = new(StringComparer.Ordinal);
    private byte[] _buffer;
    private int _length;
    private int _consumed;
    private long _bufferOffset;
    private bool _eof;
    private bool _bomChecked;
    private bool _finished;
    private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = ReaderMaxDepth });
    private int _lastDepth;
    private long _line = 1;
    private long _linesCountedTo;
    private ScanPhase _phase = ScanPhase.BeforeRoot;
    private ScanPhase _afterSkip;
    private int _skipDepth;
    private string _rootName = "";
    private bool _skipRootValue;
    private int _recordIndex = -1;
    private int _captureDepth;
    private long _elementStart;
    private long _elementLine;
    private bool _oversized;

    /// <summary>A reader of the records of <paramref name="stream"/>, the file <paramref name="fileName"/>.</summary>
    public JsonRecordReader(Stream stream, string fileName, JsonRecordReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        _options = options ?? new JsonRecordReaderOptions();
        _arrayProperty = _options.ArrayProperty;
        _arrayPointer = _arrayProperty is null ? "" : JsonPointer.Member("", _arrayProperty);
        _stream = stream;
        _buffer = new byte[_options.InitialBufferBytes];
        MaxRecordBytes = _options.MaxRecordBytes;
        _maxBufferBytes = Math.Max(MaxRecordBytes, _options.InitialBufferBytes);
        PeakBufferBytes = _options.InitialBufferBytes;
        _opener = new JsonRecordOpener(fileName, _options);
    }

    /// <summary>The per-record cap in bytes.</summary>
    public int MaxRecordBytes { get; }

    /// <summary>The largest the buffer has been: what bounds the scanner's memory.</summary>
    public int PeakBufferBytes { get; private set; }

    /// <summary>
    /// The record of <paramref name="found"/> (a <see cref="JsonReadEventKind.Record"/> the last <see cref="Next"/>
    /// gave) as a tree of located values, its problems going to <paramref name="scope"/>. The record, its values and
    /// its object views are this reader's, reused by the next record: valid until the next <see cref="Open"/> or
    /// <see cref="Next"/>, and nothing that outlives the record may keep them (results keep strings only).
    /// </summary>
    public JsonRecord Open(JsonReadEvent found, RecordScope scope) => _opener.Open(found, scope, _options.RecordLevel);

    /// <summary>The record opener, for tests of its pools.</summary>
    internal JsonRecordOpener Opener => _opener;

    /// <summary>The next event, or null at the end of the file (or after a fatal problem).</summary>
    public JsonReadEvent? Next()
    {
        _opener.Close();
        while (!_finished)
        {
            JsonReadEvent? found;
            try
            {
                found = Step();
            }
            catch (JsonException e)
            {
                found = SyntaxError(e);
            }
            catch (JsonSourceException e)
            {
                found = Fatal(e.Rule, e.Message, _bufferOffset + _consumed);
            }
            catch (InvalidOperationException)
            {
                // Transcoding a member name or header string: the reader does not validate UTF-8 until then.
                found = Fatal("json.invalid", "A string is not valid UTF-8.", _bufferOffset + _consumed);
            }
            if (found is not null) return found;
        }
        return null;
    }

    private JsonReadEvent? Step()
    {
        if (!_bomChecked)
        {
            if (_length < Utf8Bom.Length && !_eof) return NeedMore();
            _bomChecked = true;
            // A byte-order mark is allowed before the root object; the JSON reader itself rejects it.
            if (_buffer.AsSpan(0, _length).StartsWith(Utf8Bom)) _consumed = Utf8Bom.Length;
        }
        var baseIndex = _consumed;
        var reader = new Utf8JsonReader(_buffer.AsSpan(baseIndex, _length - baseIndex), isFinalBlock: false, _state);
        try
        {
            while (reader.Read())
            {
                var found = OnToken(ref reader, baseIndex);
                if (found is not null) return found;
            }
        }
        finally
        {
            _consumed = baseIndex + (int)reader.BytesConsumed;
            _state = reader.CurrentState;
            _lastDepth = reader.CurrentDepth;
        }
        return NeedMore();
    }

    private JsonReadEvent? OnToken(ref Utf8JsonReader reader, int baseIndex)
    {
        var tokenStart = _bufferOffset + baseIndex + reader.TokenStartIndex;
        switch (_phase)
        {
            case ScanPhase.BeforeRoot:
                if (_arrayProperty is not null && reader.TokenType == JsonTokenType.StartObject)
                {
                    _phase = ScanPhase.RootMember;
                    return null;
                }
                if (_arrayProperty is null && reader.TokenType == JsonTokenType.StartArray)
                {
                    _phase = ScanPhase.Records;
                    return new JsonReadEvent { Kind = JsonReadEventKind.RecordsStart, Pointer = "", Line = LineAt(tokenStart), ByteOffset = tokenStart };
                }
                return Fatal("json.type", RootMessage(), tokenStart, "");
            case ScanPhase.RootMember:
                return OnRootMember(ref reader, tokenStart);
            case ScanPhase.RootValue:
                return OnRootValue(ref reader, tokenStart);
            case ScanPhase.Records:
                return OnRecordsItem(ref reader, baseIndex, tokenStart);
            case ScanPhase.Record:
                return OnRecordToken(ref reader, baseIndex);
            case ScanPhase.Skip:
                if (IsEnd(reader.TokenType) && reader.CurrentDepth == _skipDepth) _phase = _afterSkip;
                return null;
            default:
                return Fatal("json.invalid", "There is content after the root object.", tokenStart, "");
        }
    }

    private JsonReadEvent? OnRootMember(ref Utf8JsonReader reader, long tokenStart)
    {
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            _phase = ScanPhase.AfterRoot;
            return _rootNames.Contains(_arrayProperty!)
                ? null
                : Problem("required", $"The root object has no {_arrayProperty} array.", tokenStart, ArrayPointer(), fatal: false);
        }
        _rootName = reader.GetString()!;
        _phase = ScanPhase.RootValue;
        _skipRootValue = !_rootNames.Add(_rootName);
        return _skipRootValue
            ? Problem("json.duplicate-property", $"The root object has '{_rootName}' more than once; only the first is read.", tokenStart, JsonPointer.Member("", _rootName), fatal: false)
            : null;
    }

    private JsonReadEvent? OnRootValue(ref Utf8JsonReader reader, long tokenStart)
    {
        var pointer = JsonPointer.Member("", _rootName);
        var isContainer = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
        _phase = ScanPhase.RootMember;
        if (_skipRootValue)
        {
            if (isContainer) BeginSkip(reader.CurrentDepth, ScanPhase.RootMember);
            return null;
        }
        if (_rootName == _arrayProperty)
        {
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                _phase = ScanPhase.Records;
                return new JsonReadEvent { Kind = JsonReadEventKind.RecordsStart, Pointer = pointer, Line = LineAt(tokenStart), ByteOffset = tokenStart };
            }
            if (isContainer) BeginSkip(reader.CurrentDepth, ScanPhase.RootMember);
            return Problem("json.type", $"{_arrayProperty} must be an array of {_options.RecordNoun} objects.", tokenStart, pointer, fatal: false);
        }
        if (isContainer) BeginSkip(reader.CurrentDepth, ScanPhase.RootMember);
        return new JsonReadEvent
        {
            Kind = JsonReadEventKind.HeaderValue,
            Pointer = pointer,
            Line = LineAt(tokenStart),
            ByteOffset = tokenStart,
            Name = _rootName,
            ValueKind = KindOf(reader.TokenType),
            Text = ScalarText(ref reader),
        };
    }

    private JsonReadEvent? OnRecordsItem(ref Utf8JsonReader reader, int baseIndex, long tokenStart)
    {
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            _phase = _arrayProperty is null ? ScanPhase.AfterRoot : ScanPhase.RootMember;
            return null;
        }
        _recordIndex++;
        _elementStart = tokenStart;
        _elementLine = LineAt(tokenStart);
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            _phase = ScanPhase.Record;
            _captureDepth = reader.CurrentDepth;
            _oversized = false;
            // A record already whole in the buffer is passed over in one call, which validates it token by token as
            // the loop would (same exceptions, same positions, in the same phase) without a trip here per token.
            if (!reader.TrySkip()) return null;
            _phase = ScanPhase.Records;
            return RecordEvent(baseIndex + (int)reader.BytesConsumed);
        }
        return RecordEvent(baseIndex + (int)reader.BytesConsumed);
    }

    private JsonReadEvent? OnRecordToken(ref Utf8JsonReader reader, int baseIndex)
    {
        if (!IsEnd(reader.TokenType) || reader.CurrentDepth != _captureDepth) return null;
        _phase = ScanPhase.Records;
        var endIndex = baseIndex + (int)reader.BytesConsumed;
        if (!_oversized) return RecordEvent(endIndex);
        return new JsonReadEvent
        {
            Kind = JsonReadEventKind.OversizedRecord,
            Pointer = RecordPointer(),
            Line = _elementLine,
            ByteOffset = _elementStart,
            Index = _recordIndex,
            Rule = $"json.{_options.RecordNoun}-too-large",
            Message = string.Create(CultureInfo.InvariantCulture,
                $"{Capitalised(_options.RecordNoun)} {_recordIndex} is {_bufferOffset + endIndex - _elementStart} bytes long, more than the {MaxRecordBytes} bytes one {_options.RecordNoun} may take; it was skipped."),
        };
    }

    private JsonReadEvent RecordEvent(int endIndex)
    {
        var startIndex = (int)(_elementStart - _bufferOffset);
        return new JsonReadEvent
        {
            Kind = JsonReadEventKind.Record,
            Pointer = RecordPointer(),
            Line = _elementLine,
            ByteOffset = _elementStart,
            Index = _recordIndex,
            Bytes = _buffer.AsMemory(startIndex, endIndex - startIndex),
        };
    }

    private JsonReadEvent? NeedMore()
    {
        if (!_eof)
        {
            Refill();
            return null;
        }
        var end = _bufferOffset + _length;
        switch (_phase)
        {
            case ScanPhase.AfterRoot:
                _finished = true;
                return null;
            case ScanPhase.BeforeRoot:
                return AtEndBeforeRoot(end);
            default:
                return Fatal("json.truncated", string.Create(CultureInfo.InvariantCulture,
                    $"The file ends at byte {end} in the middle of {Where()}: it was cut short. Every complete {_options.RecordNoun} before the cut was read."), end);
        }
    }

    private JsonReadEvent AtEndBeforeRoot(long end)
    {
        var rest = _buffer.AsSpan(_consumed, _length - _consumed);
        if (rest.Trim(" \t\r\n"u8).IsEmpty) return Fatal("json.empty", "The file is empty: it holds no JSON at all.", end, "");
        // A lone scalar (a number the non-final reader still waits on) or a cut token: ask a final reader which.
        var reader = new Utf8JsonReader(rest, isFinalBlock: true, _state);
        try
        {
            reader.Read();
            return Fatal("json.type", RootMessage(), _bufferOffset + _consumed, "");
        }
        catch (JsonException)
        {
            return Fatal("json.truncated", string.Create(CultureInfo.InvariantCulture, $"The file ends at byte {end} before its first value is complete."), end, "");
        }
    }

    private void Refill()
    {
        var keep = _phase == ScanPhase.Record && !_oversized ? (int)(_elementStart - _bufferOffset) : _consumed;
        Discard(keep);
        if (_length == _buffer.Length && _phase == ScanPhase.Record && !_oversized && _length >= MaxRecordBytes)
        {
            // The record will be rejected: stop keeping its bytes so memory stays bounded, and scan on to its end.
            _oversized = true;
            Discard(_consumed);
        }
        if (_length == _buffer.Length) Grow();
        var read = _stream.Read(_buffer, _length, _buffer.Length - _length);
        if (read == 0) _eof = true;
        _length += read;
    }

    private void Discard(int keepFrom)
    {
        if (keepFrom <= 0) return;
        AdvanceLinesTo(_bufferOffset + keepFrom);
        Buffer.BlockCopy(_buffer, keepFrom, _buffer, 0, _length - keepFrom);
        _length -= keepFrom;
        _consumed -= keepFrom;
        _bufferOffset += keepFrom;
    }

    private void Grow()
    {
        if (_buffer.Length >= _maxBufferBytes)
            throw new JsonSourceException("json.token-too-large",
                string.Create(CultureInfo.InvariantCulture, $"A single JSON value in {Where()} is longer than {_maxBufferBytes} bytes."), CurrentPointer(), 0);
        var grown = new byte[Math.Min((long)_buffer.Length * 2, _maxBufferBytes)];
        Buffer.BlockCopy(_buffer, 0, grown, 0, _length);
        _buffer = grown;
        PeakBufferBytes = Math.Max(PeakBufferBytes, grown.Length);
    }

    private JsonReadEvent SyntaxError(JsonException e)
    {
        var at = _bufferOffset + _consumed;
        var line = e.LineNumber is { } zeroBased ? zeroBased + 1 : LineAt(at);
        if (_lastDepth >= ReaderMaxDepth - 1)
            return Fatal("json.too-deep", $"The JSON nests deeper than {ReaderMaxDepth} levels in {Where()}.", at, line: line);
        return Fatal("json.invalid", $"The JSON is not valid in {Where()}: {e.Message}", at, line: line);
    }

    private JsonReadEvent Fatal(string rule, string message, long byteOffset, string? pointer = null, long? line = null)
    {
        _finished = true;
        return Problem(rule, message, byteOffset, pointer ?? CurrentPointer(), fatal: true, line);
    }

    private JsonReadEvent Problem(string rule, string message, long byteOffset, string pointer, bool fatal, long? line = null) =>
        new()
        {
            Kind = JsonReadEventKind.Problem,
            Rule = rule,
            Message = message,
            Pointer = pointer,
            Line = line ?? LineAt(Math.Min(byteOffset, _bufferOffset + _length)),
            ByteOffset = byteOffset,
            Fatal = fatal,
        };

    private long LineAt(long absoluteOffset)
    {
        AdvanceLinesTo(absoluteOffset);
        return _line;
    }

    private void AdvanceLinesTo(long absoluteOffset)
    {
        if (absoluteOffset <= _linesCountedTo) return;
        var from = (int)(_linesCountedTo - _bufferOffset);
        var to = (int)(absoluteOffset - _bufferOffset);
        _line += _buffer.AsSpan(from, to - from).Count((byte)'\n');
        _linesCountedTo = absoluteOffset;
    }

    private void BeginSkip(int depth, ScanPhase then)
    {
        _skipDepth = depth;
        _afterSkip = then;
        _phase = ScanPhase.Skip;
    }

    private string RecordPointer() => JsonPointer.Item(ArrayPointer(), _recordIndex);

    private string ArrayPointer() => _arrayPointer;

    private string RootMessage() => $"The file must hold {_options.RootWords}.";

    private static string Capitalised(string noun) => noun.Length == 0 ? noun : string.Concat(char.ToUpperInvariant(noun[0]).ToString(), noun.AsSpan(1));

    private string CurrentPointer() => _phase switch
    {
        ScanPhase.Record => RecordPointer(),
        ScanPhase.Records => ArrayPointer(),
        ScanPhase.RootValue or ScanPhase.Skip => JsonPointer.Member("", _rootName),
        _ => "",
    };

    private string Where() => _phase switch
    {
        ScanPhase.Record => $"{_options.RecordNoun} {_recordIndex} ({RecordPointer()})",
        ScanPhase.Records => _arrayProperty is null ? "the root array" : $"the {_arrayProperty} array",
        ScanPhase.RootValue or ScanPhase.Skip => $"the root member '{_rootName}'",
        _ => "the root object",
    };

    private static string? ScalarText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => null,
    };

    private static JsonValueKind KindOf(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => JsonValueKind.Object,
        JsonTokenType.StartArray => JsonValueKind.Array,
        JsonTokenType.String => JsonValueKind.String,
        JsonTokenType.Number => JsonValueKind.Number,
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        _ => JsonValueKind.Null,
    };

    private static bool IsEnd(JsonTokenType token) => token is JsonTokenType.EndObject or JsonTokenType.EndArray;
}
