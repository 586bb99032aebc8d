namespace CooperJus.Gateway.Sdk.Model;

/// <summary>The capacity in which a person is heard.</summary>
public enum HearingCapacity
{
    /// <summary>A witness.</summary>
    Witness,
    /// <summary>A suspect or accused person.</summary>
    Suspect,
    /// <summary>A victim.</summary>
    Victim,
    /// <summary>An expert.</summary>
    Expert,
}
