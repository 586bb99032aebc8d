namespace CooperJus.Gateway.Sdk.Model;

/// <summary>How a hearing is held. A videoconference is a modality of a hearing, not a measure of its own.</summary>
public enum HearingModality
{
    /// <summary>The person appears in person before the requested authority.</summary>
    InPerson,
    /// <summary>By videoconference (UNCAC art. 46(18)).</summary>
    Videoconference,
    /// <summary>By telephone.</summary>
    Telephone,
}
