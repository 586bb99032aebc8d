namespace CooperJus.Gateway.Core.Audit;

/// <summary>The search key file cannot be used with this store; the message names the file and the way out.</summary>
public sealed class SearchKeyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SearchKeyException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public SearchKeyException() { }

    /// <summary>Creates the exception.</summary>
    public SearchKeyException(string message, Exception innerException) : base(message, innerException) { }
}
