namespace CooperJus.Gateway.Sdk.Adapters;

/// <summary>A national export handed to <see cref="ICountryAdapter.Read"/>: a name for messages and a way to open it.</summary>
public sealed class SourceFile
{
    private readonly Func<Stream> _open;

    /// <summary>Creates a source from a name and a function that opens a fresh read stream.</summary>
    public SourceFile(string name, Func<Stream> open)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        _open = open ?? throw new ArgumentNullException(nameof(open));
    }

    /// <summary>File name used in every problem and in provenance (no folders).</summary>
    public string Name { get; }

    /// <summary>Opens the content for reading. The caller disposes the stream.</summary>
    public Stream OpenRead() => _open();

    /// <summary>A source reading the file at <paramref name="path"/>.</summary>
    public static SourceFile FromPath(string path) =>
        new(System.IO.Path.GetFileName(path), () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));

    /// <summary>A source over bytes in memory (tests, HTTP intake).</summary>
    public static SourceFile FromBytes(string name, byte[] content) => new(name, () => new MemoryStream(content, writable: false));
}
