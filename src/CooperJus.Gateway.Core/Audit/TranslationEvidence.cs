using System.Globalization;
using System.Text;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Audit;

/// <summary>
/// The audit events of one translated national record: the record exactly as exported, and then either the canonical
/// document, its lineage and the validation outcome, or the rejection with every problem. The store records them in
/// the same transaction as the intake file and the sealed messages.
/// </summary>
public static class TranslationEvidence
{
    private const string Text = "text/plain; charset=utf-8";
    private const string Json = "application/json";

    /// <summary>
    /// Events of an accepted record, up to (not including) the sealing of its message; the request is indexed under the
    /// person terms of <paramref name="searchTerms"/>. A request held because no partner serves its country has no
    /// message or partner yet (null): the same events, followed by <c>request.held</c>.
    /// </summary>
    public static IReadOnlyList<AuditEntry> Accepted(TranslationOutcome outcome, string sourceFile, string? messageId, string? partnerId, PersonSearchTerms searchTerms)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(searchTerms);
        var request = outcome.Record.Request!;
        AuditEntry About(string kind) => new(kind)
        {
            RequestId = request.RequestId,
            MessageId = messageId,
            CaseReference = request.IssuingAuthority.CaseReference,
            PartnerId = partnerId,
            Country = request.RequestedAuthority.Country,
        };
        var warnings = outcome.Problems.Where(p => !p.IsError).ToList();
        return
        [
            Parsed(outcome, sourceFile) with { RequestId = request.RequestId, CaseReference = request.IssuingAuthority.CaseReference },
            About(AuditEventKinds.RequestTranslated) with
            {
                Body = Encoding.UTF8.GetBytes(outcome.CanonicalJson!),
                BodyMediaType = Json,
                SearchTerms = searchTerms.Of(request),
            },
            About(AuditEventKinds.LineageRecorded) with { Body = LineageJson(request, sourceFile, outcome), BodyMediaType = Json },
            About(AuditEventKinds.RequestValidated) with
            {
                Facts = [KeyValuePair.Create("warnings", warnings.Count.ToString(CultureInfo.InvariantCulture))],
                Body = warnings.Count == 0 ? default : Encoding.UTF8.GetBytes(string.Join('\n', warnings.Select(w => w.ToString()))),
                BodyMediaType = Text,
            },
        ];
    }

    /// <summary>Events of a rejected record (or of a problem with the whole file): what was read, and why it was refused.</summary>
    public static IReadOnlyList<AuditEntry> Rejected(TranslationOutcome outcome, string sourceFile, IEnumerable<string> reasons)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(reasons);
        // When the adapter got as far as a request (refused by validation, or for a country no partner serves), its id
        // ties the rejection to the request an auditor looks for, although it was never sent.
        var rejected = new AuditEntry(AuditEventKinds.RecordRejected)
        {
            RequestId = outcome.Record.Request?.RequestId,
            CaseReference = outcome.Record.Request?.IssuingAuthority.CaseReference,
            Facts = LocationFacts(outcome, sourceFile),
            // Problems quote the values they refuse, so they go in the body, never in the hashed header.
            Body = Encoding.UTF8.GetBytes(string.Join('\n', reasons)),
            BodyMediaType = Text,
        };
        return outcome.IsFileProblem ? [rejected] : [Parsed(outcome, sourceFile) with { RequestId = rejected.RequestId, CaseReference = rejected.CaseReference }, rejected];
    }

    private static AuditEntry Parsed(TranslationOutcome outcome, string sourceFile) => new(AuditEventKinds.RecordParsed)
    {
        Facts = LocationFacts(outcome, sourceFile),
        Body = outcome.Record.OriginalText is { } original ? Encoding.UTF8.GetBytes(original) : default,
        BodyMediaType = Text,
    };

    private static List<KeyValuePair<string, string>> LocationFacts(TranslationOutcome outcome, string sourceFile)
    {
        var location = outcome.Record.Location;
        var facts = new List<KeyValuePair<string, string>> { KeyValuePair.Create("file", sourceFile) };
        if (outcome.Record.RecordId is { } record) facts.Add(KeyValuePair.Create("record", record));
        if (location?.Row is { } row) facts.Add(KeyValuePair.Create("row", row.ToString(CultureInfo.InvariantCulture)));
        if (location?.Line is { } line) facts.Add(KeyValuePair.Create("line", line.ToString(CultureInfo.InvariantCulture)));
        if (location?.Path is { } path) facts.Add(KeyValuePair.Create("path", path));
        return facts;
    }

    private static byte[] LineageJson(CooperationRequest request, string sourceFile, TranslationOutcome outcome)
    {
        using var buffer = new MemoryStream();
        CanonicalFiles.WriteLineage(buffer, new LineageDocument { RequestId = request.RequestId, SourceFile = sourceFile, Entries = outcome.Record.Lineage });
        return buffer.ToArray();
    }
}
