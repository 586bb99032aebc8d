namespace CooperJus.Gateway.Core.Audit.Evidence;

/// <summary>
/// An evidence bundle could not be written as it must be: the request has no events, no signed checkpoint covers it,
/// the output folder is not empty, or the stored chain segment does not verify (the message names the event and why).
/// </summary>
public sealed class EvidenceExportException : Exception
{
    /// <summary>Creates the exception with a message an operator can act on.</summary>
    public EvidenceExportException(string message) : base(message) { }

    /// <summary>Creates the exception with no message.</summary>
    public EvidenceExportException() { }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public EvidenceExportException(string message, Exception innerException) : base(message, innerException) { }
}
