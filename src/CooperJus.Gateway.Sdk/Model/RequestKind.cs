namespace CooperJus.Gateway.Sdk.Model;

/// <summary>What sort of cooperation is asked for. Serialised as kebab-case (<c>mutual-legal-assistance</c>).</summary>
public enum RequestKind
{
    /// <summary>Formal mutual legal assistance under a treaty or reciprocity.</summary>
    MutualLegalAssistance,
    /// <summary>Prosecutor-to-prosecutor exchange of information.</summary>
    InformationRequest,
    /// <summary>Location, freezing, confiscation or return of assets.</summary>
    AssetRecovery,
    /// <summary>Information sent without a prior request.</summary>
    SpontaneousInformation,
}
