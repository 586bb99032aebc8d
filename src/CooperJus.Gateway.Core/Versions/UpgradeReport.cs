using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Core.Versions;

/// <summary>
/// A partner's message received in an older canonical version and read as the gateway's own, for the log and the audit
/// trail: which message, from whom, in which version, and what the reading did not carry (paths and rules only).
/// </summary>
/// <param name="MessageId">The envelope's message id.</param>
/// <param name="PartnerId">The partner that sent it.</param>
/// <param name="MessageType"><c>cooperation-request</c> or <c>cooperation-response</c>.</param>
/// <param name="RequestId">The request it carries or answers.</param>
/// <param name="Version">The <c>schemaVersion</c> received.</param>
/// <param name="Notes">What the upgrade did not carry (v1 use limitations in a request).</param>
public sealed record UpgradeReport(string MessageId, string PartnerId, string MessageType, string? RequestId, string Version, IReadOnlyList<Problem> Notes)
{
    /// <summary>
    /// The <c>message.upgraded</c> audit event, recorded after <c>inbound.received</c> (whose body is the envelope as
    /// received, in its own version): versions and paths in the facts, each note in the body as JSON.
    /// </summary>
    public AuditEntry ToAuditEntry() => new(AuditEventKinds.MessageUpgraded)
    {
        RequestId = RequestId,
        MessageId = MessageId,
        PartnerId = PartnerId,
        Facts =
        [
            KeyValuePair.Create("type", MessageType),
            KeyValuePair.Create("receivedVersion", Version),
            KeyValuePair.Create("canonicalVersion", SchemaVersions.V2),
            KeyValuePair.Create("notCarried", Notes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            KeyValuePair.Create("paths", string.Join(", ", Notes.Select(n => n.CanonicalPath))),
        ],
        Body = VersionNotesJson.Of(Notes),
        BodyMediaType = "application/json",
    };
}
