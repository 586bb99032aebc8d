namespace CooperJus.Gateway.Sdk.Model;

/// <summary>The outcome of one measure of the request (or of the request as a whole), reported in a <see cref="CooperationResponse"/>.</summary>
public sealed record ResponseResult
{
    /// <summary>
    /// Zero-based position of the measure in the request's <see cref="CooperationRequest.Measures"/>, or null when the
    /// result concerns the request as a whole. Measures have no id of their own, and their order is fixed once sent.
    /// </summary>
    public int? MeasureIndex { get; init; }

    /// <summary>Where this measure stands.</summary>
    public required ResponseStatus Status { get; init; }

    /// <summary>What was done or found, or why not, in the response's language.</summary>
    public required string Summary { get; init; }

    /// <summary>File names of the response's <see cref="CooperationResponse.Attachments"/> that hold this result's evidence.</summary>
    public IReadOnlyList<string> AttachmentFileNames { get; init; } = [];
}
