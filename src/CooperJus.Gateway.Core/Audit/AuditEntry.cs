namespace CooperJus.Gateway.Core.Audit;

/// <summary>
/// One step the gateway took, as a component asks the audit log to record it. The log adds the sequence number, the
/// time and the hash of the event before it.
/// </summary>
/// <remarks>
/// The identifying fields and <see cref="Facts"/> end up in the event's hashed header, which the evidence bundles copy
/// for every event of a chain segment, including events of other requests. They must therefore NEVER hold personal data
/// (names, identity numbers): personal data goes only into <see cref="Body"/>, which is shown to signed-in auditors,
/// exported only with its own request, and can be pruned by retention while its hash stays.
/// </remarks>
/// <param name="Kind">What happened, one of <see cref="AuditEventKinds"/>.</param>
public sealed record AuditEntry(string Kind)
{
    /// <summary>The canonical request the step concerns, or null.</summary>
    public string? RequestId { get; init; }

    /// <summary>The envelope's message id, or null.</summary>
    public string? MessageId { get; init; }

    /// <summary>The national case reference as written, or null (not personal data: it names a case, not a person).</summary>
    public string? CaseReference { get; init; }

    /// <summary>The partner gateway involved, or null.</summary>
    public string? PartnerId { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the requested State, or null.</summary>
    public string? Country { get; init; }

    /// <summary>Who did it: <c>gateway</c> for the gateway's own steps, otherwise the operator's account name.</summary>
    public string Actor { get; init; } = AuditActors.Gateway;

    /// <summary>Small, non-personal facts (file name, size, outcome, HTTP status), in the order given.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Facts { get; init; } = [];

    /// <summary>The exact bytes the step produced or received (original record, canonical JSON, signed envelope), or empty.</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>The media type of <see cref="Body"/> (<c>text/plain</c>, <c>application/json</c>, <c>application/jose</c>).</summary>
    public string? BodyMediaType { get; init; }

    /// <summary>
    /// Index terms (<see cref="PersonSearchTerms"/>) under which auditors find <see cref="RequestId"/> by a person's name
    /// or identity number. Hashes, never the words; an index, not part of the hashed header.
    /// </summary>
    public IReadOnlyList<string> SearchTerms { get; init; } = [];
}
