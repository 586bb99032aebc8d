namespace CooperJus.Gateway.Sdk.Model;

/// <summary>
/// The canonical answer to a <see cref="CooperationRequest"/>, version 2: the requested authority reports where the
/// request stands, what it has obtained, and on what terms the requesting State may use it. It mirrors
/// <c>schemas/cooperation-response.v2.schema.json</c>; a test keeps both in step. A version 1 response is read by
/// upgrading it (see <c>docs/canonical-versions.md</c>).
/// </summary>
/// <remarks>
/// A request receives several responses over its life (acknowledged, in progress, then a final one), each a separate
/// document with its own <see cref="ResponseId"/>, correlated by <see cref="InResponseTo"/>. Lists are never null.
/// </remarks>
public sealed record CooperationResponse
{
    /// <summary>The version of the canonical schema this document follows. Always <see cref="CurrentSchemaVersion"/> here.</summary>
    public const string CurrentSchemaVersion = "2.0";

    /// <summary>Schema version, <c>2.0</c>.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Identifier of this response: a lowercase UUID, new for every response.</summary>
    public required string ResponseId { get; init; }

    /// <summary>The <see cref="CooperationRequest.RequestId"/> of the request answered.</summary>
    public required string InResponseTo { get; init; }

    /// <summary>Where the request stands as a whole.</summary>
    public required ResponseStatus Status { get; init; }

    /// <summary>When the responding authority issued this response.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The authority that answers (usually the requested authority, or the central authority on its behalf).</summary>
    public required Authority RespondingAuthority { get; init; }

    /// <summary>A message to the requesting authority: remarks, in words.</summary>
    public string? Message { get; init; }

    /// <summary>The responding office's own file number for the request, to quote in further correspondence.</summary>
    public string? CaseReference { get; init; }

    /// <summary>Outcomes per measure (or for the request as a whole).</summary>
    public IReadOnlyList<ResponseResult> Results { get; init; } = [];

    /// <summary>
    /// Limits the requested State puts on the use of what it supplies: speciality (UNCAC art. 46(19); Nassau Convention
    /// art. 25) and confidentiality of the evidence.
    /// </summary>
    public IReadOnlyList<UseLimitation> UseLimitations { get; init; } = [];

    /// <summary>Evidence and documents that travel with the response (described here; the content travels beside the document).</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>BCP 47 language of the free text (<see cref="Message"/>, result summaries).</summary>
    public required string Language { get; init; }
}
