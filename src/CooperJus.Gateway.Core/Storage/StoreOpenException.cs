namespace CooperJus.Gateway.Core.Storage;

/// <summary>
/// The store could not be opened: the message names the file and the cause, so the host can stop its start with it
/// and an operator knows what to fix.
/// </summary>
public sealed class StoreOpenException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/> with a readable <paramref name="cause"/>.</summary>
    public StoreOpenException(string path, string cause, Exception? innerException = null)
        : base($"Cannot open the gateway store '{path}': {cause}", innerException)
    {
        Path = path;
    }

    /// <summary>Creates the exception with a message only (serialisation and framework use).</summary>
    public StoreOpenException() : this("(unknown)", "unknown cause")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public StoreOpenException(string message) : base(message)
    {
        Path = "(unknown)";
    }

    /// <summary>Creates the exception with a message and the underlying failure.</summary>
    public StoreOpenException(string message, Exception innerException) : base(message, innerException)
    {
        Path = "(unknown)";
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }
}
