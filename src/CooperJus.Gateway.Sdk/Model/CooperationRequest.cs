namespace CooperJus.Gateway.Sdk.Model;

/// <summary>
/// The canonical cooperation request, version 2: what every adapter produces from a national record and what
/// travels between gateways. It mirrors <c>schemas/cooperation-request.v2.schema.json</c>; a test keeps both in step.
/// A version 1 document (<c>schemas/cooperation-request.v1.schema.json</c>) is read by upgrading it to this model, and
/// a partner that accepts only version 1 is sent a downgraded copy (see <c>docs/canonical-versions.md</c>).
/// </summary>
/// <remarks>
/// Lists are never null (empty when the source has nothing). Codes are stable lowercase identifiers, never national
/// words; free text keeps the language given in <see cref="Language"/>. What the national record does not say stays
/// empty: an adapter never fills a field by guesswork.
/// </remarks>
public sealed record CooperationRequest
{
    /// <summary>The version of the canonical schema this document follows. Always <see cref="CurrentSchemaVersion"/> here.</summary>
    public const string CurrentSchemaVersion = "2.0";

    /// <summary>Schema version, <c>2.0</c>.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Stable identifier: the same national record always gives the same id (see <see cref="RequestIds"/>).</summary>
    public required string RequestId { get; init; }

    /// <summary>What sort of cooperation is asked for.</summary>
    public RequestKind Kind { get; init; } = RequestKind.MutualLegalAssistance;

    /// <summary>
    /// The date the issuing authority signed the request, when the national record gives it (a signed writing lets the
    /// requested State establish authenticity, UNCAC art. 46(14)). Not the time the gateway read the record: that is
    /// <see cref="CreatedAt"/>.
    /// </summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>When the national system created the record, or when the adapter read it when the source gives no time.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>BCP 47 language of the free text (<c>es</c>, <c>pt</c>).</summary>
    public required string Language { get; init; }

    /// <summary>The authority that asks.</summary>
    public required IssuingAuthority IssuingAuthority { get; init; }

    /// <summary>The judicial authority that validated the request where the law requires one (EIO Directive art. 1(1)).</summary>
    public Authority? ValidatingAuthority { get; init; }

    /// <summary>The authority asked.</summary>
    public required RequestedAuthority RequestedAuthority { get; init; }

    /// <summary>How the request is transmitted (central authority, direct, prosecutor network, Iber@). Not a legal basis.</summary>
    public TransmissionChannel? Channel { get; init; }

    /// <summary>Treaties or other grounds the request relies on.</summary>
    public IReadOnlyList<LegalBasis> LegalBasis { get; init; } = [];

    /// <summary>Urgency, its grounds and the deadlines.</summary>
    public Urgency Urgency { get; init; } = new();

    /// <summary>Whether the request itself is confidential (UNCAC art. 46(20)). Use limitations are the requested State's, in the response.</summary>
    public Confidentiality Confidentiality { get; init; } = new();

    /// <summary>The legal basis of the transfer of the personal data in the request and the conditions on onward transfer.</summary>
    public DataProtection? DataProtection { get; init; }

    /// <summary>Conditions the requesting State asks for the execution, such as the presence of its officials.</summary>
    public ExecutionConditions? ExecutionConditions { get; init; }

    /// <summary>The national proceedings the request belongs to.</summary>
    public Proceedings? Proceedings { get; init; }

    /// <summary>Summary of the facts, with period and place.</summary>
    public required Facts Facts { get; init; }

    /// <summary>The offences under investigation.</summary>
    public IReadOnlyList<Offence> Offences { get; init; } = [];

    /// <summary>The requesting authority's statement on dual criminality, where the instrument or a measure needs one.</summary>
    public DualCriminality? DualCriminality { get; init; }

    /// <summary>People concerned, each with a local <see cref="Person.Ref"/> that measures point to.</summary>
    public IReadOnlyList<Person> Persons { get; init; } = [];

    /// <summary>Companies and other legal persons concerned.</summary>
    public IReadOnlyList<Organisation> Organisations { get; init; } = [];

    /// <summary>Bank accounts, property, sums of money and cultural objects concerned.</summary>
    public IReadOnlyList<Asset> Assets { get; init; } = [];

    /// <summary>The assistance sought.</summary>
    public IReadOnlyList<Measure> Measures { get; init; } = [];

    /// <summary>Documents travelling with the request (described here; the content travels beside the document).</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>Where the document came from.</summary>
    public required Provenance Provenance { get; init; }
}
