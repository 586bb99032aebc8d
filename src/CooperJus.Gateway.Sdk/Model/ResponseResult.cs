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

    /// <summary>Grounds of a refusal, as codes with the requested State's explanation (UNCAC art. 46(21) and (23)).</summary>
    public IReadOnlyList<RefusalGround> RefusalGrounds { get; init; } = [];

    /// <summary>The date until which execution is postponed (UNCAC art. 46(25)).</summary>
    public DateOnly? PostponedUntil { get; init; }

    /// <summary>Conditions the requested State proposes (UNCAC art. 46(26)), as written.</summary>
    public IReadOnlyList<string> Conditions { get; init; } = [];

    /// <summary>What the requested authority needs from the requesting side, each by a date.</summary>
    public IReadOnlyList<InformationNeeded> InformationNeeded { get; init; } = [];

    /// <summary>The authority the request was forwarded to.</summary>
    public Authority? ForwardedTo { get; init; }

    /// <summary>The measure used instead of the one requested.</summary>
    public MeasureType? SubstituteMeasure { get; init; }

    /// <summary>Costs of execution that the requesting State is asked to bear (UNCAC art. 46(28)).</summary>
    public ExecutionCosts? Costs { get; init; }

    /// <summary>File names of the response's <see cref="CooperationResponse.Attachments"/> that hold this result's evidence.</summary>
    public IReadOnlyList<string> AttachmentFileNames { get; init; } = [];
}
