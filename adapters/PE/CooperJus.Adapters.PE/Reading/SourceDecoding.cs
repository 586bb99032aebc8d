using CooperJus.Gateway.Sdk.Adapters;
using System.Buffers;
using System.Text;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>
/// Decides how an SGF export's bytes become text: UTF-8 (with or without BOM) when the first
/// <see cref="DetectionWindow"/> bytes are valid UTF-8, Windows-1252 otherwise, or whatever configuration forces.
/// </summary>
internal static class SourceDecoding
{
    /// <summary>How many bytes are inspected to tell UTF-8 from Windows-1252.</summary>
    public const int DetectionWindow = 64 * 1024;

    /// <summary>The character a UTF-8 decoder puts in place of invalid bytes; a field holding it is rejected.</summary>
    public const char Replacement = '\uFFFD';

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    static SourceDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>UTF-8 that replaces invalid bytes with U+FFFD instead of throwing, and emits no BOM.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Windows-1252: every byte decodes to some character, so a 1252 file never fails to decode.</summary>
    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>
    /// Resolves an encoding name from configuration; UTF-8 names give <see cref="Utf8"/> so invalid bytes are still caught.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not an encoding .NET knows.</exception>
    public static Encoding Resolve(string name)
    {
        var encoding = Encoding.GetEncoding(name.Trim());
        return encoding.CodePage == Encoding.UTF8.CodePage ? Utf8 : encoding;
    }

    /// <summary>Reads the start of <paramref name="stream"/>, chooses the encoding and returns a reader over the whole content.</summary>
    public static DecodedSource Open(Stream stream, Encoding? forced)
    {
        var prefix = new byte[DetectionWindow];
        var length = ReadFully(stream, prefix);
        var complete = length < prefix.Length;
        var hasBom = prefix.AsSpan(0, length).StartsWith(Utf8Bom);
        var encoding = forced ?? (hasBom || IsUtf8(prefix.AsSpan(0, length), complete) ? Utf8 : Windows1252);
        var isUtf8 = encoding.CodePage == Encoding.UTF8.CodePage;
        var start = isUtf8 && hasBom ? Utf8Bom.Length : 0;
        var firstLine = FirstLine(encoding.GetString(prefix, start, length - start));
        var content = new PrefixedStream(prefix, start, length, stream);
        var reader = new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        return new DecodedSource(reader, encoding.WebName, isUtf8, firstLine, IsEmpty: length - start == 0);
    }

    private static int ReadFully(Stream stream, byte[] buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0) break;
            total += read;
        }
        return total;
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool complete)
    {
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            // isFinalBlock false when the window cut the file: a character split at the cut is not an error.
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: complete);
            return status is OperationStatus.Done or OperationStatus.NeedMoreData;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string FirstLine(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? text : text[..end];
    }
}
