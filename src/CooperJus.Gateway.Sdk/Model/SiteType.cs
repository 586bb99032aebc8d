namespace CooperJus.Gateway.Sdk.Model;

/// <summary>The kind of place a cultural object was lost from.</summary>
public enum SiteType
{
    /// <summary>A museum.</summary>
    Museum,
    /// <summary>A church, temple or other religious building.</summary>
    ReligiousBuilding,
    /// <summary>An archaeological site.</summary>
    ArchaeologicalSite,
    /// <summary>A library or archive.</summary>
    LibraryOrArchive,
    /// <summary>A private home or collection.</summary>
    PrivateCollection,
    /// <summary>A gallery or dealer.</summary>
    Gallery,
    /// <summary>Another public building.</summary>
    PublicBuilding,
    /// <summary>Anything else.</summary>
    Other,
}
