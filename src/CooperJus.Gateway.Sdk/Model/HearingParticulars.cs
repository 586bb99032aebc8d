namespace CooperJus.Gateway.Sdk.Model;

/// <summary>How a person is to be heard (UNCAC art. 46(18); EIO Directive art. 24).</summary>
public sealed record HearingParticulars
{
    /// <summary>In what capacity the person is heard.</summary>
    public HearingCapacity? Capacity { get; init; }

    /// <summary>In person, by videoconference or by telephone.</summary>
    public HearingModality? Modality { get; init; }

    /// <summary>Questions to put, as written.</summary>
    public IReadOnlyList<string> Questions { get; init; } = [];

    /// <summary>Whether the person is to be heard under oath, when the record says.</summary>
    public bool? UnderOath { get; init; }

    /// <summary>Whether a suspect or accused person has consented to a hearing by videoconference or telephone (EIO Directive art. 24(2)(a)).</summary>
    public bool? SuspectConsent { get; init; }
}
