using System.Text;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>How <see cref="SourceEncoding.Detect"/> decides the encoding of a national export.</summary>
public sealed record SourceEncodingOptions
{
    /// <summary>
    /// The encoding to use whatever the bytes say (an adapter setting <c>Encoding</c>, resolved with
    /// <see cref="SourceEncoding.Resolve"/>); a UTF-8 byte-order mark is still skipped when it is UTF-8.
    /// </summary>
    /// <value>The default value is null: the encoding is detected.</value>
    public Encoding? Forced { get; init; }

    /// <summary>
    /// The legacy encoding of files whose first bytes are not strict UTF-8 (<c>windows-1252</c> for a Windows export);
    /// null when such a file is still read as UTF-8, its invalid bytes then going to <see cref="DecoderFallback"/>.
    /// </summary>
    /// <value>The default value is null.</value>
    public string? LegacyEncoding { get; init; }

    /// <summary>
    /// Whether an XML declaration's <c>encoding</c> decides (XML 1.0 appendix F: byte-order mark, else the declaration,
    /// else UTF-8), before the UTF-8 check.
    /// </summary>
    /// <value>The default value is false.</value>
    public bool ReadXmlDeclaration { get; init; }

    /// <summary>How many bytes are read to decide: a file whose first bytes are valid UTF-8 is taken as UTF-8.</summary>
    /// <value>The default value is 65,536 (64 KiB).</value>
    public int DetectionWindow { get; init; } = 64 * 1024;

    /// <summary>
    /// What the decoder does with invalid bytes; null for the encoding's own behaviour (UTF-8 puts U+FFFD in their place,
    /// so the adapter can reject a field holding it).
    /// </summary>
    /// <value>The default value is null.</value>
    public DecoderFallback? DecoderFallback { get; init; }
}
