using System.Globalization;
using System.Text.Json;
using CooperJus.Adapters.BR.Json;

namespace CooperJus.Adapters.BR.Reading;

/// <summary>
/// Streams a Sistema Único export: the root object's header members, then each element of <c>pedidos</c> as its
/// exact bytes, one at a time, over one refilled buffer. Memory stays bounded by the largest pedido (capped), never
/// by the file: the buffer only grows while one element does not fit, and an element beyond the cap is skipped
/// without being kept.
/// </summary>
/// <remarks>
/// Line numbers are counted as bytes are consumed (JSON strings cannot hold a raw line break, so every <c>\n</c> byte
/// is a line). Syntax errors stop the scan with a located problem; everything yielded before stays valid.
/// </remarks>
internal sealed class PedidoScanner
{
    /// <summary>The reader's own depth limit: far beyond what the layout needs, so that a too-deep pedido is still
    /// scanned to its end and rejected alone (the tree builder applies the real limit of 64 levels).</summary>
    public const int ReaderMaxDepth = 4096;

    /// <summary>Initial (and usual) buffer size.</summary>
    public const int DefaultInitialBufferBytes = 64 * 1024;

    /// <summary>Largest pedido kept in memory; a larger one is rejected.</summary>
    public const int DefaultMaxPedidoBytes = 16 * 1024 * 1024;

    private const string PedidosMember = "pedidos";

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
    private int _pedidoIndex = -1;
    private int _captureDepth;
    private long _elementStart;
    private long _elementLine;
    private bool _oversized;

    public PedidoScanner(Stream stream, int initialBufferBytes = DefaultInitialBufferBytes, int maxPedidoBytes = DefaultMaxPedidoBytes)
    {
        _stream = stream;
        _buffer = new byte[initialBufferBytes];
        MaxPedidoBytes = maxPedidoBytes;
        _maxBufferBytes = Math.Max(maxPedidoBytes, initialBufferBytes);
        PeakBufferBytes = initialBufferBytes;
    }

    /// <summary>The per-pedido cap in bytes.</summary>
    public int MaxPedidoBytes { get; }

    /// <summary>The largest the buffer has been: what bounds the scanner's memory.</summary>
    public int PeakBufferBytes { get; private set; }

    /// <summary>The next event, or null at the end of the file (or after a fatal problem).</summary>
    public ScanEvent? Next()
    {
        while (!_finished)
        {
            ScanEvent? found;
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

    private ScanEvent? Step()
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

    private ScanEvent? OnToken(ref Utf8JsonReader reader, int baseIndex)
    {
        var tokenStart = _bufferOffset + baseIndex + reader.TokenStartIndex;
        switch (_phase)
        {
            case ScanPhase.BeforeRoot:
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    _phase = ScanPhase.RootMember;
                    return null;
                }
                return Fatal("json.type", "The file must hold one JSON object with versaoLeiaute, sistema, geradoEm and pedidos.", tokenStart, "");
            case ScanPhase.RootMember:
                return OnRootMember(ref reader, tokenStart);
            case ScanPhase.RootValue:
                return OnRootValue(ref reader, tokenStart);
            case ScanPhase.Pedidos:
                return OnPedidosItem(ref reader, baseIndex, tokenStart);
            case ScanPhase.Pedido:
                return OnPedidoToken(ref reader, baseIndex);
            case ScanPhase.Skip:
                if (IsEnd(reader.TokenType) && reader.CurrentDepth == _skipDepth) _phase = _afterSkip;
                return null;
            default:
                return Fatal("json.invalid", "There is content after the root object.", tokenStart, "");
        }
    }

    private ScanEvent? OnRootMember(ref Utf8JsonReader reader, long tokenStart)
    {
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            _phase = ScanPhase.AfterRoot;
            return _rootNames.Contains(PedidosMember)
                ? null
                : Problem("required", "The root object has no pedidos array.", tokenStart, "/" + PedidosMember, fatal: false);
        }
        _rootName = reader.GetString()!;
        _phase = ScanPhase.RootValue;
        _skipRootValue = !_rootNames.Add(_rootName);
        return _skipRootValue
            ? Problem("json.duplicate-property", $"The root object has '{_rootName}' more than once; only the first is read.", tokenStart, JsonPointer.Member("", _rootName), fatal: false)
            : null;
    }

    private ScanEvent? OnRootValue(ref Utf8JsonReader reader, long tokenStart)
    {
        var pointer = JsonPointer.Member("", _rootName);
        var isContainer = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
        _phase = ScanPhase.RootMember;
        if (_skipRootValue)
        {
            if (isContainer) BeginSkip(reader.CurrentDepth, ScanPhase.RootMember);
            return null;
        }
        if (_rootName == PedidosMember)
        {
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                _phase = ScanPhase.Pedidos;
                return new ScanEvent { Kind = ScanEventKind.PedidosStart, Pointer = pointer, Line = LineAt(tokenStart), ByteOffset = tokenStart };
            }
            if (isContainer) BeginSkip(reader.CurrentDepth, ScanPhase.RootMember);
            return Problem("json.type", "pedidos must be an array of pedido objects.", tokenStart, pointer, fatal: false);
        }
        if (isContainer) BeginSkip(reader.CurrentDepth, ScanPhase.RootMember);
        return new ScanEvent
        {
            Kind = ScanEventKind.HeaderValue,
            Pointer = pointer,
            Line = LineAt(tokenStart),
            ByteOffset = tokenStart,
            Name = _rootName,
            ValueKind = KindOf(reader.TokenType),
            Text = ScalarText(ref reader),
        };
    }

    private ScanEvent? OnPedidosItem(ref Utf8JsonReader reader, int baseIndex, long tokenStart)
    {
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            _phase = ScanPhase.RootMember;
            return null;
        }
        _pedidoIndex++;
        _elementStart = tokenStart;
        _elementLine = LineAt(tokenStart);
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            _phase = ScanPhase.Pedido;
            _captureDepth = reader.CurrentDepth;
            _oversized = false;
            // A pedido already whole in the buffer is passed over in one call, which validates it token by token as
            // the loop would (same exceptions, same positions, in the same phase) without a trip here per token.
            if (!reader.TrySkip()) return null;
            _phase = ScanPhase.Pedidos;
            return PedidoEvent(baseIndex + (int)reader.BytesConsumed);
        }
        return PedidoEvent(baseIndex + (int)reader.BytesConsumed);
    }

    private ScanEvent? OnPedidoToken(ref Utf8JsonReader reader, int baseIndex)
    {
        if (!IsEnd(reader.TokenType) || reader.CurrentDepth != _captureDepth) return null;
        _phase = ScanPhase.Pedidos;
        var endIndex = baseIndex + (int)reader.BytesConsumed;
        if (!_oversized) return PedidoEvent(endIndex);
        return new ScanEvent
        {
            Kind = ScanEventKind.OversizedPedido,
            Pointer = PedidoPointer(),
            Line = _elementLine,
            ByteOffset = _elementStart,
            Index = _pedidoIndex,
            Rule = "json.pedido-too-large",
            Message = string.Create(CultureInfo.InvariantCulture,
                $"Pedido {_pedidoIndex} is {_bufferOffset + endIndex - _elementStart} bytes long, more than the {MaxPedidoBytes} bytes one pedido may take; it was skipped."),
        };
    }

    private ScanEvent PedidoEvent(int endIndex)
    {
        var startIndex = (int)(_elementStart - _bufferOffset);
        return new ScanEvent
        {
            Kind = ScanEventKind.Pedido,
            Pointer = PedidoPointer(),
            Line = _elementLine,
            ByteOffset = _elementStart,
            Index = _pedidoIndex,
            Bytes = _buffer.AsMemory(startIndex, endIndex - startIndex),
        };
    }

    private ScanEvent? NeedMore()
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
                    $"The file ends at byte {end} in the middle of {Where()}: it was cut short. Every complete pedido before the cut was read."), end);
        }
    }

    private ScanEvent AtEndBeforeRoot(long end)
    {
        var rest = _buffer.AsSpan(_consumed, _length - _consumed);
        if (rest.Trim(" \t\r\n"u8).IsEmpty) return Fatal("json.empty", "The file is empty: it holds no JSON at all.", end, "");
        // A lone scalar (a number the non-final reader still waits on) or a cut token: ask a final reader which.
        var reader = new Utf8JsonReader(rest, isFinalBlock: true, _state);
        try
        {
            reader.Read();
            return Fatal("json.type", "The file must hold one JSON object with versaoLeiaute, sistema, geradoEm and pedidos.", _bufferOffset + _consumed, "");
        }
        catch (JsonException)
        {
            return Fatal("json.truncated", string.Create(CultureInfo.InvariantCulture, $"The file ends at byte {end} before its first value is complete."), end, "");
        }
    }

    private void Refill()
    {
        var keep = _phase == ScanPhase.Pedido && !_oversized ? (int)(_elementStart - _bufferOffset) : _consumed;
        Discard(keep);
        if (_length == _buffer.Length && _phase == ScanPhase.Pedido && !_oversized && _length >= MaxPedidoBytes)
        {
            // The pedido will be rejected: stop keeping its bytes so memory stays bounded, and scan on to its end.
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

    private ScanEvent SyntaxError(JsonException e)
    {
        var at = _bufferOffset + _consumed;
        var line = e.LineNumber is { } zeroBased ? zeroBased + 1 : LineAt(at);
        if (_lastDepth >= ReaderMaxDepth - 1)
            return Fatal("json.too-deep", $"The JSON nests deeper than {ReaderMaxDepth} levels in {Where()}.", at, line: line);
        return Fatal("json.invalid", $"The JSON is not valid in {Where()}: {e.Message}", at, line: line);
    }

    private ScanEvent Fatal(string rule, string message, long byteOffset, string? pointer = null, long? line = null)
    {
        _finished = true;
        return Problem(rule, message, byteOffset, pointer ?? CurrentPointer(), fatal: true, line);
    }

    private ScanEvent Problem(string rule, string message, long byteOffset, string pointer, bool fatal, long? line = null) =>
        new()
        {
            Kind = ScanEventKind.Problem,
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

    private string PedidoPointer() => JsonPointer.Item("/" + PedidosMember, _pedidoIndex);

    private string CurrentPointer() => _phase switch
    {
        ScanPhase.Pedido => PedidoPointer(),
        ScanPhase.Pedidos => "/" + PedidosMember,
        ScanPhase.RootValue or ScanPhase.Skip => JsonPointer.Member("", _rootName),
        _ => "",
    };

    private string Where() => _phase switch
    {
        ScanPhase.Pedido => $"pedido {_pedidoIndex} ({PedidoPointer()})",
        ScanPhase.Pedidos => "the pedidos array",
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
