namespace CooperJus.Gateway.Sdk.Model;

/// <summary>
/// A cultural object described with the Object ID standard (ICOM): the fields that let police and customs recognise a
/// looted piece, plus the incident, the registers it is in and its protected status (UNESCO 1970 Convention).
/// </summary>
public sealed record CulturalObject
{
    /// <summary>Type of object (<c>huaco retrato</c>, <c>textile</c>, <c>fossil</c>) as written.</summary>
    public required string ObjectType { get; init; }

    /// <summary>Materials and techniques.</summary>
    public IReadOnlyList<string> Materials { get; init; } = [];

    /// <summary>Measurements as written (<c>24 x 18 cm</c>).</summary>
    public string? Measurements { get; init; }

    /// <summary>Inscriptions and markings.</summary>
    public string? Inscriptions { get; init; }

    /// <summary>Distinguishing features: damage, repairs, defects.</summary>
    public string? DistinguishingFeatures { get; init; }

    /// <summary>Title, if the object has one.</summary>
    public string? Title { get; init; }

    /// <summary>What is pictured or represented.</summary>
    public string? Subject { get; init; }

    /// <summary>Date or period as written (<c>100-700 d.C.</c>).</summary>
    public string? DateOrPeriod { get; init; }

    /// <summary>Maker: person, workshop or cultural group (<c>Moche</c>).</summary>
    public string? Maker { get; init; }

    /// <summary>Short description.</summary>
    public string? Description { get; init; }

    /// <summary>Inventory or national register number (Peru's Ministry of Culture register code).</summary>
    public string? InventoryNumber { get; init; }

    /// <summary>Place of origin or discovery.</summary>
    public string? PlaceOfOrigin { get; init; }

    /// <summary>How the object was lost: theft, looting, illicit export…</summary>
    public CulturalIncident? Incident { get; init; }

    /// <summary>Entries of the object in registers (INTERPOL's Stolen Works of Art database, a national register).</summary>
    public IReadOnlyList<RegisterReference> RegisterReferences { get; init; } = [];

    /// <summary>The protection the object has under its country's law, as written (<c>Patrimonio Cultural de la Nación</c>).</summary>
    public string? ProtectedStatus { get; init; }

    /// <summary>Refs of other assets of the document taken in the same incident or forming a set with this one.</summary>
    public IReadOnlyList<string> RelatedObjectRefs { get; init; } = [];

    /// <summary>File names of the photographs among the request's attachments (Object ID: of vital importance for recovery).</summary>
    public IReadOnlyList<string> Photographs { get; init; } = [];
}
