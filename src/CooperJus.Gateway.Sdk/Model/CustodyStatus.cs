namespace CooperJus.Gateway.Sdk.Model;

/// <summary>Whether a person is free or in custody; a detained person may justify urgency and the temporary transfer measure.</summary>
public enum CustodyStatus
{
    /// <summary>Free.</summary>
    Free,
    /// <summary>In pre-trial detention.</summary>
    PreTrialDetention,
    /// <summary>Serving a sentence.</summary>
    ServingSentence,
}
