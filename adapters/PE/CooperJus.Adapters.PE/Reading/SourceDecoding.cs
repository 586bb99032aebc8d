using CooperJus.Gateway.Sdk.Reading;
using System.Text;

namespace CooperJus.Adapters.PE.Reading;

/// <summary>
/// How an SGF export's bytes become text, through the SDK's <see cref="SourceEncoding"/>: UTF-8 (with or without BOM)
/// when the first <see cref="DetectionWindow"/> bytes are valid UTF-8, Windows-1252 (the SGF's Windows default)
/// otherwise, or whatever the setting <c>Encoding</c> forces. The host registers the code pages; this plugin does not.
/// </summary>
internal static class SourceDecoding
{
    /// <summary>How many bytes are inspected to tell UTF-8 from Windows-1252.</summary>
    public const int DetectionWindow = 64 * 1024;

    /// <summary>The encoding of an export whose bytes are not UTF-8.</summary>
    public const string LegacyEncoding = "windows-1252";

    /// <summary>The character a UTF-8 decoder puts in place of invalid bytes; a field holding it is rejected.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>Reads the start of <paramref name="stream"/>, chooses the encoding and returns a reader over the whole content.</summary>
    public static DecodedSource Open(Stream stream, string fileName, Encoding? forced)
    {
        var detected = SourceEncoding.Detect(stream, fileName, new SourceEncodingOptions { Forced = forced, LegacyEncoding = LegacyEncoding, DetectionWindow = DetectionWindow });
        if (detected.Problem is { } problem) return new DecodedSource(TextReader.Null, "", IsUtf8: false, "", IsEmpty: false, problem);
        return new DecodedSource(detected.OpenReader(), detected.EncodingName!, detected.IsUtf8, detected.FirstLine(), detected.IsEmpty, null);
    }
}
