using System.Text;

namespace CooperJus.Adapters.ES.Reading;

/// <summary>
/// What <see cref="DeclaredEncoding.Sniff"/> found at the start of a file: the content to decode (after any byte order
/// mark) and its encoding, or why it cannot be decoded.
/// </summary>
internal sealed record SniffedInput
{
    /// <summary>The bytes to decode, starting after the byte order mark.</summary>
    public required Stream Content { get; init; }

    /// <summary>The encoding to decode with (invalid bytes throw); null when <see cref="Error"/> says why not.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>Why the file cannot be decoded (unknown or impossible declared encoding).</summary>
    public string? Error { get; init; }

    /// <summary>True when the file has no bytes at all.</summary>
    public bool IsEmpty { get; init; }
}
