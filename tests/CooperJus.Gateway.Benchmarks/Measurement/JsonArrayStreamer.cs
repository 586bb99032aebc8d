using System.Text;
using System.Text.Json;

namespace CooperJus.Gateway.Benchmarks.Measurement;

/// <summary>
/// Reads the elements of one array property of a JSON root object (<c>{"pedidos": [ … ]}</c>), or of a root array
/// when no property is named, from a stream, one
/// <see cref="JsonDocument"/> at a time, with Utf8JsonReader over a buffer that holds only the current element: the
/// plain streaming parse a BR pipeline cannot do without.
/// </summary>
internal sealed class JsonArrayStreamer
{
    private readonly Stream _stream;
    private readonly byte[]? _property;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _expectingArray;
    private bool _inArray;
    private bool _done;
    private JsonReaderState _state;

    /// <param name="stream">The JSON.</param>
    /// <param name="property">The root object's property holding the array; null when the root is the array.</param>
    public JsonArrayStreamer(Stream stream, string? property)
    {
        _stream = stream;
        _property = property is null ? null : Encoding.UTF8.GetBytes(property);
    }

    /// <summary>The next element, or null after the array's end. The caller disposes the document.</summary>
    /// <exception cref="JsonException">The JSON is malformed or ends before the array does.</exception>
    public JsonDocument? Next()
    {
        while (!_done)
        {
            if (TryAdvance(out var element)) return element;
            if (_done) break;
            if (_endOfStream) throw new JsonException("The JSON ends before the array does.");
            Fill();
        }
        return null;
    }

    /// <summary>Reads tokens from the buffer: true with an element, false when the buffer holds no complete element.</summary>
    private bool TryAdvance(out JsonDocument? element)
    {
        element = null;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _endOfStream, _state);
        while (true)
        {
            var checkpoint = reader;
            if (!reader.Read())
            {
                Commit(reader);
                return false;
            }
            if (!_inArray)
            {
                SeekArray(ref reader);
                continue;
            }
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                _done = true;
                Commit(reader);
                return false;
            }
            if (!JsonDocument.TryParseValue(ref reader, out element))
            {
                Commit(checkpoint);
                return false;
            }
            Commit(reader);
            return true;
        }
    }

    private void SeekArray(ref Utf8JsonReader reader)
    {
        if ((_expectingArray || (_property is null && reader.CurrentDepth == 0)) && reader.TokenType == JsonTokenType.StartArray)
        {
            _inArray = true;
            return;
        }
        _expectingArray = _property is not null && reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals(_property);
    }

    private void Commit(Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    /// <summary>Moves the unread bytes to the front, grows the buffer when one element fills it, and reads more.</summary>
    private void Fill()
    {
        var pending = _end - _start;
        if (pending == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        else Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
        _start = 0;
        _end = pending;
        while (_end < _buffer.Length)
        {
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _endOfStream = true;
                break;
            }
            _end += read;
        }
    }
}
