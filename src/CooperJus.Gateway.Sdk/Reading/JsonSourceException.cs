namespace CooperJus.Gateway.Sdk.Reading;

/// <summary>
/// A pedido whose JSON cannot be turned into a tree (nested too deep, invalid UTF-8 in a string). Thrown only inside
/// the adapter and always caught where the pedido is read, which turns it into a located error.
/// </summary>
internal sealed class JsonSourceException : Exception
{
    public JsonSourceException(string rule, string message, string pointer, long line) : base(message)
    {
        Rule = rule;
        Pointer = pointer;
        Line = line;
    }

    /// <summary>Rule id of the problem.</summary>
    public string Rule { get; }

    /// <summary>Where in the file.</summary>
    public string Pointer { get; }

    /// <summary>1-based line.</summary>
    public long Line { get; }
}
