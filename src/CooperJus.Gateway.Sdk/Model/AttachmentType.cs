namespace CooperJus.Gateway.Sdk.Model;

/// <summary>What an attached document is.</summary>
public enum AttachmentType
{
    /// <summary>The signed letter of request.</summary>
    RequestLetter,
    /// <summary>A court order.</summary>
    CourtOrder,
    /// <summary>A prosecutor's order.</summary>
    ProsecutorOrder,
    /// <summary>A translation of another attachment.</summary>
    Translation,
    /// <summary>A piece of evidence.</summary>
    Evidence,
    /// <summary>A photograph.</summary>
    Photograph,
    /// <summary>A copy of an identity document.</summary>
    IdentityDocument,
    /// <summary>Anything else.</summary>
    Other,
}
