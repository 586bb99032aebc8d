namespace CooperJus.Gateway.Sdk.Model;

/// <summary>A person, organisation or asset a measure concerns, and in what capacity.</summary>
public sealed record MeasureSubject
{
    /// <summary>Ref of a person, organisation or asset of the document.</summary>
    public required string Ref { get; init; }

    /// <summary>In what capacity the measure concerns it; absent when the source does not say (a version 1 document).</summary>
    public SubjectCapacity? Capacity { get; init; }
}
