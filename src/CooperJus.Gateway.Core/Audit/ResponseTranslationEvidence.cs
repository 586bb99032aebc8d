using System.Globalization;
using System.Text;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Audit;

/// <summary>
/// The audit events of one record of a national response file: the record exactly as the national system wrote it,
/// then either the canonical response and its lineage (recorded under the request answered, before the
/// <c>message.sealed</c> the store writes), or the rejection with every problem.
/// </summary>
public static class ResponseTranslationEvidence
{
    private const string Text = "text/plain; charset=utf-8";
    private const string Json = "application/json";

    /// <summary>Events of an accepted response record, up to (not including) the sealing of its message.</summary>
    public static IReadOnlyList<AuditEntry> Accepted(ResponseRecordResult record, CooperationResponse response, string canonicalJson, string sourceFile, string messageId, string partnerId)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(response);
        AuditEntry About(string kind) => new(kind) { RequestId = response.InResponseTo, MessageId = messageId, PartnerId = partnerId };
        return
        [
            About(AuditEventKinds.ResponseParsed) with
            {
                Facts = LocationFacts(record, sourceFile),
                Body = record.OriginalText is { } original ? Encoding.UTF8.GetBytes(original) : default,
                BodyMediaType = Text,
            },
            About(AuditEventKinds.ResponseTranslated) with { Body = Encoding.UTF8.GetBytes(canonicalJson), BodyMediaType = Json },
            About(AuditEventKinds.ResponseLineageRecorded) with
            {
                Body = Encoding.UTF8.GetBytes(ResponseLineage.ToJson(response, sourceFile, record.Lineage)),
                BodyMediaType = Json,
            },
        ];
    }

    /// <summary>Events of a rejected response record (or of a problem with the whole file): what was read, and why it was refused.</summary>
    public static IReadOnlyList<AuditEntry> Rejected(ResponseRecordResult record, string sourceFile, IEnumerable<string> reasons)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(reasons);
        var rejected = new AuditEntry(AuditEventKinds.RecordRejected)
        {
            Facts = LocationFacts(record, sourceFile),
            // Problems quote the values they refuse, so they go in the body, never in the hashed header.
            Body = Encoding.UTF8.GetBytes(string.Join('\n', reasons)),
            BodyMediaType = Text,
        };
        if (record.RecordId is null) return [rejected];
        return
        [
            new AuditEntry(AuditEventKinds.ResponseParsed)
            {
                Facts = rejected.Facts,
                Body = record.OriginalText is { } original ? Encoding.UTF8.GetBytes(original) : default,
                BodyMediaType = Text,
            },
            rejected,
        ];
    }

    private static List<KeyValuePair<string, string>> LocationFacts(ResponseRecordResult record, string sourceFile)
    {
        var location = record.Location;
        var facts = new List<KeyValuePair<string, string>> { KeyValuePair.Create("file", sourceFile) };
        if (record.RecordId is { } id) facts.Add(KeyValuePair.Create("record", id));
        if (location?.Row is { } row) facts.Add(KeyValuePair.Create("row", row.ToString(CultureInfo.InvariantCulture)));
        if (location?.Line is { } line) facts.Add(KeyValuePair.Create("line", line.ToString(CultureInfo.InvariantCulture)));
        if (location?.Path is { } path) facts.Add(KeyValuePair.Create("path", path));
        return facts;
    }
}
