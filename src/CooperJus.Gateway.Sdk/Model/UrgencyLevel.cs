namespace CooperJus.Gateway.Sdk.Model;

/// <summary>How fast the requesting authority needs an answer.</summary>
public enum UrgencyLevel
{
    /// <summary>Ordinary handling.</summary>
    Normal,
    /// <summary>Urgent: a reason should be given.</summary>
    Urgent,
    /// <summary>Very urgent (for example a detained person or evidence about to be lost).</summary>
    VeryUrgent,
}
