namespace CooperJus.Gateway.Core.Translation;

/// <summary>
/// A JSON writer into a byte buffer of its own, which <see cref="CanonicalFiles"/> keeps per thread from one request to
/// the next (<see cref="LineageJsonWriter"/>, <see cref="CanonicalDocumentWriter"/>).
/// </summary>
internal interface IBufferedJsonWriter
{
    /// <summary>Size of the buffer, which grows with the largest JSON written.</summary>
    int Capacity { get; }

    /// <summary>What has been written since the last <see cref="Reset"/>.</summary>
    ReadOnlySpan<byte> Written { get; }

    /// <summary>Forgets what was written; the buffer is kept.</summary>
    void Reset();
}
