using CooperJus.Gateway.Sdk.Adapters;
using System.Text;
using System.Text.RegularExpressions;

namespace CooperJus.Adapters.ES.Reading;

/// <summary>
/// Decides how a Fortuny file is encoded, as XML 1.0 appendix F does: a byte order mark, else the <c>encoding</c> of
/// the XML declaration, else UTF-8.
/// </summary>
/// <remarks>
/// The adapter decodes the text itself (rather than handing the raw stream to <c>XmlReader</c>) so it can keep each
/// <c>Solicitud</c>'s exact source text for the audit trail. Invalid bytes are decoded through a
/// <see cref="MarkingDecoderFallback"/>, so a UTF-8 file with broken bytes is reported (<c>xml.encoding</c>) instead
/// of silently turning letters into U+FFFD. ISO-8859-1 is built
/// into .NET; Windows code pages (windows-1252, which Spanish desktop tools often write) come from the framework's
/// code-page provider, used directly so that nothing global is registered from inside a plugin.
/// </remarks>
internal static partial class DeclaredEncoding
{
    private const int PrefixLength = 1024;

    /// <summary>Reads the first bytes of <paramref name="stream"/> and decides its encoding, decoding invalid bytes with <paramref name="fallback"/>.</summary>
    public static SniffedInput Sniff(Stream stream, DecoderFallback fallback)
    {
        var prefix = new byte[PrefixLength];
        var length = stream.ReadAtLeast(prefix, PrefixLength, throwOnEndOfStream: false);
        var bytes = prefix.AsSpan(0, length);
        var (bom, encoding) = FromByteOrder(bytes, fallback);
        var content = new PrefixedStream(prefix, bom, length, stream);
        if (length == 0) return new SniffedInput { Content = content, IsEmpty = true };
        if (encoding is not null) return new SniffedInput { Content = content, Encoding = encoding };
        var declared = DeclarationPattern().Match(Encoding.Latin1.GetString(bytes));
        if (!declared.Success) return new SniffedInput { Content = content, Encoding = WithFallback(Encoding.UTF8, fallback) };
        var name = declared.Groups["name"].Value;
        var resolved = Resolve(name, fallback);
        if (resolved is null)
            return new SniffedInput { Content = content, Error = $"the XML declaration names encoding '{name}', which the gateway does not know; save the export as UTF-8 or ISO-8859-1." };
        if (!resolved.IsSingleByte && resolved.CodePage != Encoding.UTF8.CodePage)
            return new SniffedInput { Content = content, Error = $"the XML declaration names encoding '{name}', but the file is written with one byte per character and has no byte order mark." };
        return new SniffedInput { Content = content, Encoding = resolved };
    }

    private static (int BomLength, Encoding? Encoding) FromByteOrder(ReadOnlySpan<byte> bytes, DecoderFallback fallback)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (3, WithFallback(Encoding.UTF8, fallback));
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (2, WithFallback(Encoding.Unicode, fallback));
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (2, WithFallback(Encoding.BigEndianUnicode, fallback));
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x3C, 0x00, 0x3F, 0x00])) return (0, WithFallback(Encoding.Unicode, fallback));
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x3C, 0x00, 0x3F])) return (0, WithFallback(Encoding.BigEndianUnicode, fallback));
        return (0, null);
    }

    private static Encoding? Resolve(string name, DecoderFallback fallback)
    {
        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, fallback);
        }
        catch (ArgumentException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name, EncoderFallback.ExceptionFallback, fallback);
        }
    }

    private static Encoding WithFallback(Encoding encoding, DecoderFallback fallback) =>
        Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, fallback);

    [GeneratedRegex("""^<\?xml\s[^>]*?\bencoding\s*=\s*(["'])(?<name>[A-Za-z][A-Za-z0-9._\-]*)\1""", RegexOptions.CultureInvariant)]
    private static partial Regex DeclarationPattern();
}
