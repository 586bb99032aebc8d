namespace CooperJus.Gateway.Core.Audit;

/// <summary>
/// A checkpoint was not signed because the log or the checkpoint file is not in a state it may vouch for; the message
/// says what was found and what to do.
/// </summary>
public sealed class AuditCheckpointException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AuditCheckpointException()
    {
    }

    /// <summary>Creates the exception with its explanation.</summary>
    public AuditCheckpointException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its explanation and cause.</summary>
    public AuditCheckpointException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
