using System.Text.Json;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Adapters.BR.Responses;

/// <summary>
/// The first pass over a respostas file, which is small (a day's answers, not a case archive): the whole file in
/// memory, up to <see cref="MaxBytes"/>, one <see cref="Utf8JsonReader"/> over it that keeps the header members and the
/// byte range of each element of <c>respostas</c>. A syntax error stops the pass; what was found before it is kept.
/// </summary>
internal static class RespostaScanner
{
    /// <summary>The largest respostas file read.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    public const string ArrayName = "respostas";

    public static RespostaScan Scan(ReadOnlySpan<byte> json, string file)
    {
        var scan = new RespostaScan();
        var rootAt = new SourceLocation { File = file, Path = "", Line = 1 };
        var lines = new LineCounter();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            if (!reader.Read()) return scan;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                scan.Fatal = Problem.Error("json.type", "The root of a respostas file must be an object.", rootAt);
                return scan;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var line = lines.At(json, (int)reader.TokenStartIndex);
                reader.Read();
                var at = rootAt with { Line = line, Field = name };
                if (name == ArrayName && !scan.HasRespostas) ReadArray(ref reader, json, scan, at, lines);
                else Member(ref reader, scan, name, at);
            }
        }
        catch (JsonException exception)
        {
            scan.Fatal = Problem.Error("json.invalid", $"The file is not valid JSON from here on: {exception.Message.Split('.', 2)[0]}.", rootAt with { Line = (exception.LineNumber ?? 0) + 1 });
        }
        catch (InvalidOperationException exception) when (exception.InnerException is System.Text.DecoderFallbackException)
        {
            // A root member's name or string value holds bytes that are not UTF-8: the reader only finds it on decoding.
            scan.Fatal = Problem.Error("json.invalid", "A root property name or value holds bytes that are not UTF-8; nothing after it is read.", rootAt with { Line = lines.At(json, (int)reader.TokenStartIndex) });
        }
        return scan;
    }

    private static void Member(ref Utf8JsonReader reader, RespostaScan scan, string name, SourceLocation at)
    {
        var kind = reader.TokenType switch
        {
            JsonTokenType.String => JsonValueKind.String,
            JsonTokenType.Number => JsonValueKind.Number,
            JsonTokenType.StartObject => JsonValueKind.Object,
            JsonTokenType.StartArray => JsonValueKind.Array,
            JsonTokenType.True => JsonValueKind.True,
            JsonTokenType.False => JsonValueKind.False,
            _ => JsonValueKind.Null,
        };
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        reader.Skip();
        if (name == ArrayName || scan.Header.ContainsKey(name))
            scan.Problems.Add(Problem.Error("json.duplicate-property", $"'{name}' appears more than once in the root object; the first is read.", at));
        else
            scan.Header[name] = (kind, at with { Value = text });
    }

    private static void ReadArray(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, RespostaScan scan, SourceLocation at, LineCounter lines)
    {
        scan.HasRespostas = true;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            scan.Problems.Add(Problem.Error("json.type", "respostas must be an array.", at));
            reader.Skip();
            return;
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            var line = lines.At(json, start);
            reader.Skip();
            scan.Respostas.Add((start, (int)reader.BytesConsumed - start, line));
        }
    }

    /// <summary>Counts lines as the pass moves forward, so each byte is looked at once (JSON strings hold no raw line break).</summary>
    private sealed class LineCounter
    {
        private int _offset;
        private long _line = 1;

        public long At(ReadOnlySpan<byte> json, int offset)
        {
            if (offset <= _offset) return _line;
            _line += json[_offset..offset].Count((byte)'\n');
            _offset = offset;
            return _line;
        }
    }
}
