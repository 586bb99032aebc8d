using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// Decides how a national export's bytes become text: a byte-order mark; else, for XML, the declared encoding; else
/// UTF-8 when the first bytes are strict UTF-8, or the adapter's legacy encoding (its setting <c>Encoding</c> or its
/// default, such as <c>windows-1252</c>) when they are not. The bytes read to decide are served again, so a stream
/// that cannot seek is read once.
/// </summary>
/// <remarks>
/// Windows code pages come from the framework's code-page provider, which the HOST registers once at start
/// (<c>Encoding.RegisterProvider(CodePagesEncodingProvider.Instance)</c>): a plugin never registers anything global.
/// When the provider is not registered (a test or tool that forgot), a code page is reported as a located problem
/// <c>encoding.unavailable</c> rather than an exception.
/// </remarks>
/// <example>
/// <code>
/// var detected = SourceEncoding.Detect(stream, source.Name, new SourceEncodingOptions { LegacyEncoding = "windows-1252" });
/// if (detected.Problem is { } problem) { yield return RecordResult.FileProblem(problem); yield break; }
/// using var text = detected.OpenReader();
/// </code>
/// </example>
public static partial class SourceEncoding
{
    /// <summary>Rule of an encoding that is not known, or that the bytes cannot be in.</summary>
    public const string Unknown = "encoding.unknown";

    /// <summary>Rule of a known code page the process has not registered.</summary>
    public const string Unavailable = "encoding.unavailable";

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>UTF-8 that puts U+FFFD in place of invalid bytes instead of throwing, and writes no byte-order mark.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// The encoding named <paramref name="name"/> (an adapter setting); UTF-8 names give <see cref="Utf8"/>, so that
    /// invalid bytes are still found.
    /// </summary>
    /// <exception cref="ArgumentException">The name is no encoding, or a code page the host has not made available; the message says which.</exception>
    public static Encoding Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var encoding = Find(name.Trim(), null, out var error) ?? throw new ArgumentException(error!.Value.Message, nameof(name));
        return encoding.CodePage == Encoding.UTF8.CodePage ? Utf8 : encoding;
    }

    /// <summary>
    /// Reads the start of <paramref name="stream"/>, the file <paramref name="fileName"/>, and decides its encoding as
    /// <paramref name="options"/> say.
    /// </summary>
    public static DetectedEncoding Detect(Stream stream, string fileName, SourceEncodingOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        var prefix = new byte[options.DetectionWindow];
        var length = stream.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
        var bytes = prefix.AsSpan(0, length);
        var (bomLength, fromBom) = FromByteOrder(bytes, options.ReadXmlDeclaration);
        Encoding? encoding;
        (string Rule, string Message)? error = null;
        if (options.Forced is { } forced)
        {
            encoding = WithFallback(forced, options.DecoderFallback);
            bomLength = encoding.CodePage == Encoding.UTF8.CodePage && bytes.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        }
        else if (fromBom is not null) encoding = Create(fromBom, options.DecoderFallback, out error);
        else if (options.ReadXmlDeclaration && Declared(bytes) is { } name) encoding = FromDeclaration(name, options.DecoderFallback, out error);
        else if (options.LegacyEncoding is { } legacy && !IsStrictUtf8(bytes, complete: length < prefix.Length)) encoding = Create(legacy, options.DecoderFallback, out error);
        else encoding = Create("utf-8", options.DecoderFallback, out error);
        var problem = error is { } why ? Problem.Error(why.Rule, why.Message, new SourceLocation { File = fileName, Line = 1 }) : null;
        return new DetectedEncoding(new PrefixedStream(prefix, bomLength, length, stream), prefix, bomLength, length, problem is null ? encoding : null, problem);
    }

    private static (int BomLength, string? Encoding) FromByteOrder(ReadOnlySpan<byte> bytes, bool xml)
    {
        if (bytes.StartsWith(Utf8Bom)) return (3, "utf-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (2, "utf-16");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (2, "utf-16BE");
        // An XML declaration in UTF-16 without a byte-order mark: "<?" in two bytes each.
        if (xml && bytes.StartsWith((ReadOnlySpan<byte>)[0x3C, 0x00, 0x3F, 0x00])) return (0, "utf-16");
        if (xml && bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x3C, 0x00, 0x3F])) return (0, "utf-16BE");
        return (0, null);
    }

    private static string? Declared(ReadOnlySpan<byte> bytes)
    {
        var declared = DeclarationPattern().Match(Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 1024)]));
        return declared.Success ? declared.Groups["name"].Value : null;
    }

    private static Encoding? FromDeclaration(string name, DecoderFallback? fallback, out (string Rule, string Message)? error)
    {
        var resolved = Find(name, fallback, out error);
        if (resolved is null)
        {
            if (error!.Value.Rule == Unknown)
                error = (Unknown, $"The file cannot be decoded: the XML declaration names encoding '{name}', which the gateway does not know; save the export as UTF-8 or ISO-8859-1.");
            return null;
        }
        if (resolved.IsSingleByte || resolved.CodePage == Encoding.UTF8.CodePage) return resolved;
        error = (Unknown, $"The file cannot be decoded: the XML declaration names encoding '{name}', but the file is written with one byte per character and has no byte order mark.");
        return null;
    }

    private static Encoding? Create(string name, DecoderFallback? fallback, out (string Rule, string Message)? error)
    {
        if (fallback is null && name == "utf-8")
        {
            error = null;
            return Utf8;
        }
        return Find(name, fallback, out error);
    }

    /// <summary>The encoding <paramref name="name"/>, or null with why not (prefixed by its rule).</summary>
    private static Encoding? Find(string name, DecoderFallback? fallback, out (string Rule, string Message)? error)
    {
        error = null;
        try
        {
            return fallback is null ? Encoding.GetEncoding(name) : Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, fallback);
        }
        catch (ArgumentException)
        {
            // Known to the framework's code-page provider, but the host did not register it.
            error = CodePagesEncodingProvider.Instance.GetEncoding(name) is null
                ? (Unknown, $"'{name}' is not an encoding .NET knows (use utf-8 or windows-1252).")
                : (Unavailable, $"The encoding '{name}' is a Windows code page that is not available in this process: the gateway registers the code pages at start, and a tool or test that reads exports must do the same.");
            return null;
        }
    }

    private static Encoding WithFallback(Encoding encoding, DecoderFallback? fallback) =>
        fallback is null ? encoding : Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, fallback);

    private static bool IsStrictUtf8(ReadOnlySpan<byte> bytes, bool complete)
    {
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            // Not final when the window cut the file: a character split at the cut is not an error.
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: complete);
            return status is OperationStatus.Done or OperationStatus.NeedMoreData;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    [GeneratedRegex("""^<\?xml\s[^>]*?\bencoding\s*=\s*(["'])(?<name>[A-Za-z][A-Za-z0-9._\-]*)\1""", RegexOptions.CultureInvariant)]
    private static partial Regex DeclarationPattern();
}
