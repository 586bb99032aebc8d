using System.Text;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// Decodes bytes that are invalid in the file's encoding as U+FFFE, a character XML forbids, and remembers the first
/// such bytes. An XML parser then stops exactly where they stand, so every record before them is still read, while a
/// throwing decoder would fail a whole block of the file at once, records before the bad bytes included.
/// </summary>
/// <remarks>
/// <see cref="XmlRecordReader"/> passes it as <see cref="SourceEncodingOptions.DecoderFallback"/> and to
/// <see cref="RecordingTextReader"/>, which then knows the line of the first marked character.
/// </remarks>
internal sealed class MarkingDecoderFallback : DecoderFallback
{
    /// <summary>The character written for undecodable bytes: not allowed anywhere in an XML document.</summary>
    public const char Mark = '\uFFFE';

    /// <summary>The first bytes that could not be decoded, or null while all were valid.</summary>
    public byte[]? FirstInvalidBytes { get; private set; }

    /// <summary>One <see cref="Mark"/> per invalid byte sequence.</summary>
    public override int MaxCharCount => 1;

    /// <inheritdoc/>
    public override DecoderFallbackBuffer CreateFallbackBuffer() => new MarkingDecoderFallbackBuffer(this);

    internal void Saw(byte[] bytes) => FirstInvalidBytes ??= [.. bytes];
}
