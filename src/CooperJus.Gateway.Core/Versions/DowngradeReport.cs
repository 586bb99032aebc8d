using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Core.Versions;

/// <summary>
/// A message sealed in an older canonical version than the gateway's own, for the log and the audit trail: which
/// message, to whom, in which version, and each field not carried as it was (paths and rules: no personal data).
/// </summary>
/// <param name="MessageId">The envelope's message id.</param>
/// <param name="PartnerId">The partner it goes to.</param>
/// <param name="MessageType"><c>cooperation-request</c> or <c>cooperation-response</c>.</param>
/// <param name="RequestId">The request it carries or answers.</param>
/// <param name="Version">The <c>schemaVersion</c> sent.</param>
/// <param name="Notes">What was not carried as it was.</param>
public sealed record DowngradeReport(string MessageId, string PartnerId, string MessageType, string? RequestId, string Version, IReadOnlyList<Problem> Notes)
{
    /// <summary>The canonical paths of <see cref="Notes"/>, comma-separated, for a log line.</summary>
    public string Paths => string.Join(", ", Notes.Select(n => n.CanonicalPath));

    /// <summary>
    /// The <c>message.downgraded</c> audit event: the versions and the paths in the facts (paths name fields, never
    /// their values), each note in the body as JSON.
    /// </summary>
    public AuditEntry ToAuditEntry() => new(AuditEventKinds.MessageDowngraded)
    {
        RequestId = RequestId,
        MessageId = MessageId,
        PartnerId = PartnerId,
        Facts =
        [
            KeyValuePair.Create("type", MessageType),
            KeyValuePair.Create("canonicalVersion", SchemaVersions.V2),
            KeyValuePair.Create("sentVersion", Version),
            KeyValuePair.Create("notCarried", Notes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            KeyValuePair.Create("paths", Paths),
        ],
        Body = VersionNotesJson.Of(Notes),
        BodyMediaType = "application/json",
    };
}
