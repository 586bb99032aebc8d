using System.Text;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>What <see cref="SourceEncoding.Detect"/> found at the start of a file, and the content to decode.</summary>
public sealed class DetectedEncoding
{
    private readonly byte[] _prefix;
    private readonly int _start;
    private readonly int _length;

    internal DetectedEncoding(Stream content, byte[] prefix, int start, int length, Encoding? encoding, Problem? problem)
    {
        Content = content;
        _prefix = prefix;
        _start = start;
        _length = length;
        Encoding = encoding;
        Problem = problem;
    }

    /// <summary>The bytes to decode, starting after any byte-order mark; the caller's stream is read on from where detection stopped, never twice.</summary>
    public Stream Content { get; }

    /// <summary>The encoding to decode with; null when <see cref="Problem"/> says why the file cannot be decoded.</summary>
    public Encoding? Encoding { get; }

    /// <summary>The file error when the encoding is unknown, impossible for the bytes, or not available in this process; located at line 1.</summary>
    public Problem? Problem { get; }

    /// <summary>True when the file has no bytes besides a byte-order mark.</summary>
    public bool IsEmpty => _length - _start == 0;

    /// <summary>True when the content is decoded as UTF-8.</summary>
    public bool IsUtf8 => Encoding?.CodePage == Encoding.UTF8.CodePage;

    /// <summary>The encoding's name for messages (<c>utf-8</c>, <c>windows-1252</c>); null without an encoding.</summary>
    public string? EncodingName => Encoding?.WebName;

    /// <summary>A reader of <see cref="Content"/> with <see cref="Encoding"/>; the caller disposes it (it leaves the source open).</summary>
    /// <exception cref="InvalidOperationException">There is no encoding (see <see cref="Problem"/>).</exception>
    public StreamReader OpenReader() =>
        new(Content, Encoding ?? throw new InvalidOperationException("The file has no usable encoding: " + Problem?.Message),
            detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);

    /// <summary>The first line of the text (a CSV header, to choose its separator), decoded from the bytes read to detect.</summary>
    public string FirstLine()
    {
        if (Encoding is null) return "";
        var text = Encoding.GetString(_prefix, _start, _length - _start);
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? text : text[..end];
    }
}
