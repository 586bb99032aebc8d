using System.Globalization;
using System.IO.Enumeration;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Intake;
using CooperJus.Gateway.Core.Messaging;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Telemetry;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Core.Validation;
using CooperJus.Gateway.Core.Versions;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Outbound;

/// <summary>
/// Turns a claimed national export into queued, signed messages: translate with the national adapter, route each
/// accepted request to the partner serving its requested country, seal it, and record the file and all its messages
/// in one store transaction. A valid request for a country no partner serves is kept as held in the same transaction
/// (<see cref="HeldRequestReleaser"/> sends it once a partner does). A file with at least one request queued or held
/// is processed, its report giving each record's outcome; its rejected records are copied out for a fix
/// (<see cref="IntakeVerdict.RejectedReport"/>). A canonical response (a file named <c>*.response.json</c>) is validated and queued to
/// the partner that sent the request; so is each response of a national response file (a name matching the adapter's
/// <see cref="IResponseAdapter.ResponseFormat"/> patterns), read through the adapter, its records refused or queued one
/// by one like a request export's. Idempotent: the same content is recognised by its SHA-256, the same request or
/// response by its message id, so a crash at any point and a re-drop never send anything twice.
/// </summary>
public sealed class OutboundSubmitter : IIntakeHandler
{
    /// <summary>Suffix of files that hold a canonical cooperation-response rather than a national export.</summary>
    public const string ResponseSuffix = ".response.json";

    /// <summary>What a report says after a rejected record's name.</summary>
    private const string RejectedMark = ": rejected, NOT sent:";

    private readonly ICountryAdapter _adapter;
    private readonly Translator _translator;
    private readonly ResponseValidator _responses;
    private readonly EnvelopeSigner _signer;
    private readonly RequestSealer _sealer;
    private readonly PartnerDirectory _partners;
    private readonly IGatewayStore _store;
    private readonly TimeProvider _clock;
    private readonly PersonSearchTerms _searchTerms;

    /// <summary>Where records by outcome and validation rejections by rule are counted; null: nowhere.</summary>
    public GatewayMetrics? Metrics { get; init; }

    /// <summary>
    /// Raised when a request or response is sealed in an older canonical version than the gateway's own, for a partner
    /// that reads only that, with what could not be carried; for the log (the audit event goes with the message).
    /// </summary>
    public event Action<DowngradeReport>? Downgraded;

    /// <summary>Raised after messages were queued, so the dispatcher can start at once.</summary>
    public event Action? Queued;

    /// <summary>
    /// Raised after requests were kept as held. The partner directory may have changed while the file was handled (a
    /// reload between the routing and the commit), so whoever releases held requests looks again.
    /// </summary>
    public event Action? Held;

    /// <summary>
    /// Creates a submitter for exports of <paramref name="adapter"/>'s national format; <paramref name="searchTerms"/>
    /// keys the person terms under which auditors find each request.
    /// </summary>
    public OutboundSubmitter(ICountryAdapter adapter, Translator translator, ResponseValidator responses, EnvelopeSigner signer, PartnerDirectory partners,
        IGatewayStore store, PersonSearchTerms searchTerms, TimeProvider clock)
    {
        _searchTerms = searchTerms;
        _adapter = adapter;
        _translator = translator;
        _responses = responses;
        _signer = signer;
        _sealer = new RequestSealer(signer, clock);
        _sealer.Downgraded += report => Downgraded?.Invoke(report);
        _partners = partners;
        _store = store;
        _clock = clock;
    }

    /// <inheritdoc />
    public async Task<IntakeVerdict> HandleAsync(ClaimedFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sha256 = await HashAsync(file.ClaimedPath, cancellationToken).ConfigureAwait(false);
        if (await _store.FindAcceptedIntakeAsync(sha256, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            await RecordDuplicateAsync(file, sha256, earlier, cancellationToken).ConfigureAwait(false);
            var again = $"{file.OriginalName}: the same content was received on {earlier.RecordedAt:u} as {earlier.Name}; nothing was sent again.\n";
            // Its rejected records still need the fix they needed then (and a crash after recording it, before its copy
            // was kept, lands here too): the copy goes to rejected/ again with the earlier report.
            return new IntakeVerdict(true, again)
            {
                RejectedReport = earlier.Report is { } report && report.Contains(RejectedMark, StringComparison.Ordinal)
                    ? again + "Its records were handled then as follows; correct the rejected ones and drop the file again:\n" + report
                    : null,
            };
        }
        var batch = file.OriginalName.EndsWith(ResponseSuffix, StringComparison.OrdinalIgnoreCase)
            ? await PrepareResponseAsync(file, cancellationToken).ConfigureAwait(false)
            : ResponseAdapterFor(_adapter, file.OriginalName) is { } responses
                ? await PrepareNationalResponsesAsync(responses, file, cancellationToken).ConfigureAwait(false)
                : PrepareRequests(file);
        Metrics?.IntakeRecords("queued", batch.Messages.Count);
        Metrics?.IntakeRecords("held", batch.Held.Count);
        Metrics?.IntakeRecords("rejected", batch.Rejected);
        var intake = new IntakeFile(file.OriginalName, file.Size, sha256, batch.Report(), batch.FileAudit, batch.Held);
        if (batch.Messages.Count == 0 && batch.Held.Count == 0 && batch.Rejected > 0)
        {
            await _store.RecordFailedIntakeAsync(intake, batch.Report(), cancellationToken).ConfigureAwait(false);
            return new IntakeVerdict(false, batch.Report());
        }
        // This office's own record of the request follows its answer, so its request list shows what it still owes and
        // what is overdue. Before recording: a crash in between leaves the file claimed, and it is handled again.
        foreach (var answer in batch.Responses)
            await _store.ApplyResponseAsync(answer.InResponseTo, answer.Status, answer.CreatedAt, cancellationToken).ConfigureAwait(false);
        var result = await _store.RecordIntakeAsync(intake, batch.Messages, cancellationToken).ConfigureAwait(false);
        System.Diagnostics.Activity.Current?.AddEvent(new System.Diagnostics.ActivityEvent("queued",
            tags: new System.Diagnostics.ActivityTagsCollection { ["cooperjus.messages"] = result.IsDuplicate ? 0 : batch.Messages.Count }));
        if (batch.Messages.Count > 0) Queued?.Invoke();
        if (batch.Held.Count > 0 && !result.IsDuplicate) Held?.Invoke();
        if (result.IsDuplicate) return new IntakeVerdict(true, batch.Report() + "The same content had already been received: nothing was sent again.\n");
        batch.Settle(result);
        // A file with some good records is processed (its good records are on their way or held); the records refused
        // are copied out for a fix, with a report that names each one.
        return new IntakeVerdict(true, batch.Report()) { RejectedReport = batch.RejectedReport(file.OriginalName) };
    }

    private Batch PrepareRequests(ClaimedFile file)
    {
        var batch = new Batch();
        foreach (var outcome in _translator.Translate(_adapter, new SourceFile(file.OriginalName, () => File.OpenRead(file.ClaimedPath))))
        {
            if (!outcome.IsAccepted)
            {
                foreach (var problem in outcome.Problems.Where(p => p.IsError)) Metrics?.ValidationRejected(problem.Rule);
                if (outcome.Problems.Any(p => p.IsError)) batch.Reject(outcome, file.OriginalName, outcome.Problems.Where(p => p.IsError).Select(p => p.ToString()).ToList());
                continue;
            }
            var request = outcome.Record.Request!;
            if (!_partners.TryGetPartnerForCountry(request.RequestedAuthority.Country, out var partner))
            {
                // Valid, but nobody to send it to yet: kept, with its evidence, until a partner serving the country is added.
                var reason = $"no partner gateway serves the requested country {request.RequestedAuthority.Country}; it is sent when one is added to the partner directory.";
                batch.Hold(new HeldRequest(RequestSealer.Track(request, "", RequestStatus.Held), reason,
                    JsonSerializer.Serialize(request, CanonicalJson.CompactOptions), TranslationEvidence.Accepted(outcome, file.OriginalName, null, null, _searchTerms)),
                    RecordName(outcome, request.RequestId));
                continue;
            }
            var message = _sealer.Seal(request, partner);
            batch.Add(message with { Evidence = TranslationEvidence.Accepted(outcome, file.OriginalName, message.MessageId, partner.Id, _searchTerms) },
                RecordName(outcome, request.RequestId));
        }
        return batch;
    }

    private static string RecordName(TranslationOutcome outcome, string requestId) => $"record {outcome.Record.RecordId} ({requestId})";

    /// <summary>
    /// The response adapter of <paramref name="adapter"/> when <paramref name="name"/> is one of its national response
    /// files, else null: the intake tells a response file from a request export by its name.
    /// </summary>
    public static IResponseAdapter? ResponseAdapterFor(ICountryAdapter adapter, string name) =>
        adapter is IResponseAdapter responses && responses.ResponseFormat.FilePatterns.Any(p => FileSystemName.MatchesSimpleExpression(p, name, ignoreCase: true))
            ? responses
            : null;

    private async Task<Batch> PrepareResponseAsync(ClaimedFile file, CancellationToken cancellationToken)
    {
        var batch = new Batch();
        // A national system that still writes version 1 responses is read as version 2 (a v1 response fits in v2 whole).
        var json = StoredDocuments.UpgradeResponseJson(await File.ReadAllTextAsync(file.ClaimedPath, cancellationToken).ConfigureAwait(false), out var v1Problems, out _);
        var problems = v1Problems.Count > 0 ? v1Problems : _responses.Validate(json);
        if (problems.Count > 0)
        {
            batch.RejectFile(file.OriginalName, problems);
            return batch;
        }
        var response = CanonicalJson.DeserializeResponse(json);
        if (await PrepareSealAsync(response, cancellationToken).ConfigureAwait(false) is not { } sealing)
        {
            batch.RejectFile(file.OriginalName, [NotReceived(response)]);
            return batch;
        }
        batch.AddResponse(response, sealing.Message, $"response {response.ResponseId} ({CanonicalCodes.ToCode(response.Status)})");
        return batch;
    }

    /// <summary>
    /// A national response file: each response the adapter reads goes the way of a canonical one (validated, checked to
    /// answer a request this gateway received, sealed, queued, with its national record, canonical document and lineage
    /// in the audit trail); each record refused, by the adapter or after it, is reported with its location and rule.
    /// </summary>
    private async Task<Batch> PrepareNationalResponsesAsync(IResponseAdapter adapter, ClaimedFile file, CancellationToken cancellationToken)
    {
        var batch = new Batch();
        var source = new SourceFile(file.OriginalName, () => File.OpenRead(file.ClaimedPath));
        foreach (var record in adapter.ReadResponses(source, cancellationToken))
        {
            var errors = record.Problems.Where(p => p.IsError).Select(p => p.ToString()).ToList();
            if (record.Response is not { } response || errors.Count > 0)
            {
                if (errors.Count == 0) continue;
                foreach (var problem in record.Problems.Where(p => p.IsError)) Metrics?.ValidationRejected(problem.Rule);
                batch.RejectResponse(record, file.OriginalName, errors);
                continue;
            }
            var json = CanonicalJson.Serialize(response);
            var invalid = _responses.Validate(json);
            if (invalid.Count > 0)
            {
                batch.RejectResponse(record, file.OriginalName, invalid);
                continue;
            }
            if (await PrepareSealAsync(response, cancellationToken).ConfigureAwait(false) is not { } sealing)
            {
                batch.RejectResponse(record, file.OriginalName, [NotReceived(response)]);
                continue;
            }
            var evidence = ResponseTranslationEvidence.Accepted(record, response, json, file.OriginalName, sealing.Message.MessageId, sealing.Message.PartnerId);
            batch.AddResponse(response, sealing.Message with { Evidence = evidence },
                $"record {record.RecordId} (response {response.ResponseId}, {CanonicalCodes.ToCode(response.Status)})");
        }
        return batch;
    }

    private static string NotReceived(CooperationResponse response) =>
        $"inResponseTo {response.InResponseTo} is not a request this gateway received (rule response.unknown-request).";

    /// <summary>The signed message of <paramref name="response"/> for the partner that sent the request, or null when this gateway did not receive that request.</summary>
    private async Task<SealedResponse?> PrepareSealAsync(CooperationResponse response, CancellationToken cancellationToken)
    {
        var request = await _store.GetRequestAsync(response.InResponseTo, cancellationToken).ConfigureAwait(false);
        if (request is null || request.Request.Direction != RequestDirection.Incoming) return null;
        var messageId = MessageIds.ForResponse(response.ResponseId);
        var partnerId = request.Request.PartnerId;
        // A partner no longer listed cannot be delivered to anyway; v1 is what any partner reads.
        var payload = WirePayload.ForResponse(response, _partners.TryGetPartner(partnerId, out var partner) ? partner.SendVersion : SchemaVersions.V1);
        var signed = _signer.Sign(new Envelope
        {
            MessageId = messageId,
            Type = MessageType.CooperationResponse,
            From = _signer.GatewayId,
            To = partnerId,
            CreatedAt = _clock.GetUtcNow(),
            Payload = payload.Payload,
        });
        var message = new OutgoingMessage(messageId, partnerId, "cooperation-response", response.InResponseTo, signed.Body);
        if (payload.IsDowngraded)
        {
            var report = new DowngradeReport(messageId, partnerId, message.MessageType, response.InResponseTo, payload.Version, payload.Notes);
            Downgraded?.Invoke(report);
            message = message with { Downgraded = report.ToAuditEntry() };
        }
        return new SealedResponse(message);
    }

    private sealed record SealedResponse(OutgoingMessage Message);

    private Task RecordDuplicateAsync(ClaimedFile file, string sha256, IntakeRecord earlier, CancellationToken cancellationToken) =>
        _store.Audit.AppendAsync([new AuditEntry(AuditEventKinds.FileClaimed)
        {
            Facts =
            [
                KeyValuePair.Create("name", file.OriginalName), KeyValuePair.Create("size", file.Size.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                KeyValuePair.Create("sha256", sha256), KeyValuePair.Create("outcome", "duplicate"), KeyValuePair.Create("duplicateOf", earlier.Name),
            ],
        }], cancellationToken);

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
    }

    private sealed class Batch
    {
        private readonly List<Line> _lines = [];
        private readonly List<(string Record, SourceLocation? Location, IReadOnlyList<string> Reasons)> _rejected = [];

        public List<OutgoingMessage> Messages { get; } = [];

        /// <summary>Valid requests no partner serves yet, kept as held with the file.</summary>
        public List<HeldRequest> Held { get; } = [];

        /// <summary>Audit events of the records the file could not send, recorded with the file.</summary>
        public List<AuditEntry> FileAudit { get; } = [];

        public int Rejected => _rejected.Count;

        /// <summary>The responses this file carries that are ready to send; empty for a request export.</summary>
        public List<CooperationResponse> Responses { get; } = [];

        public void Add(OutgoingMessage message, string what)
        {
            Messages.Add(message);
            _lines.Add(new Line(what, $"queued for {message.PartnerId}", message.MessageId, null));
        }

        public void AddResponse(CooperationResponse response, OutgoingMessage message, string what)
        {
            Responses.Add(response);
            Add(message, what);
        }

        public void RejectResponse(ResponseRecordResult record, string sourceFile, IReadOnlyList<string> reasons)
        {
            FileAudit.AddRange(ResponseTranslationEvidence.Rejected(record, sourceFile, reasons));
            Count(record.RecordId, record.Location, reasons);
        }

        public void Hold(HeldRequest held, string what)
        {
            Held.Add(held);
            _lines.Add(new Line(what, $"held: {held.Reason}", null, held.Request.RequestId));
        }

        public void Reject(TranslationOutcome outcome, string sourceFile, IReadOnlyList<string> reasons)
        {
            FileAudit.AddRange(TranslationEvidence.Rejected(outcome, sourceFile, reasons));
            Count(outcome.Record.RecordId, outcome.Record.Location, reasons);
        }

        public void RejectFile(string sourceFile, IReadOnlyList<string> reasons)
        {
            FileAudit.Add(new AuditEntry(AuditEventKinds.RecordRejected)
            {
                Facts = [KeyValuePair.Create("file", sourceFile)],
                Body = Encoding.UTF8.GetBytes(string.Join('\n', reasons)),
                BodyMediaType = "text/plain; charset=utf-8",
            });
            Count(null, null, reasons);
        }

        /// <summary>Words the outcome of records the store found already queued, or already sent, by an earlier file.</summary>
        public void Settle(IntakeResult result)
        {
            var queued = result.AlreadyQueued.ToHashSet(StringComparer.Ordinal);
            var sent = result.AlreadySent.ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < _lines.Count; i++)
            {
                var line = _lines[i];
                if (line.MessageId is { } id && queued.Contains(id))
                    _lines[i] = line with { Outcome = line.Outcome.Replace("queued for", "already queued by an earlier file for", StringComparison.Ordinal) + ": not sent again" };
                else if (line.HeldRequestId is { } request && sent.Contains(request))
                    _lines[i] = line with { Outcome = "already sent by an earlier file: left as it is, not held" };
            }
        }

        /// <summary>Every record's outcome, one line each: queued for X, held: reason, or rejected with its problems.</summary>
        public string Report()
        {
            var report = new StringBuilder();
            foreach (var line in _lines) report.AppendLine(CultureInfo.InvariantCulture, $"{line.What}: {line.Outcome}");
            foreach (var (record, _, reasons) in _rejected)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"{record}{RejectedMark}");
                foreach (var reason in reasons) report.AppendLine(CultureInfo.InvariantCulture, $"  - {reason}");
            }
            if (_lines.Count + _rejected.Count > 1)
                report.AppendLine(CultureInfo.InvariantCulture, $"{Messages.Count} queued, {Held.Count} held, {_rejected.Count} rejected.");
            return report.ToString();
        }

        /// <summary>The report of the copy kept for a fix (<c>rejected/</c>), or null when no record was rejected.</summary>
        public string? RejectedReport(string fileName)
        {
            if (_rejected.Count == 0) return null;
            var report = new StringBuilder();
            report.AppendLine(CultureInfo.InvariantCulture, $"{fileName}: {_rejected.Count} record(s) of this file were rejected and NOT sent. Fix them:");
            foreach (var (record, location, reasons) in _rejected)
            {
                var where = location?.Row is { } row ? $" (row {row})" : location?.Line is { } line ? $" (line {line})" : location?.Path is { } path ? $" (at {path})" : "";
                report.AppendLine(CultureInfo.InvariantCulture, $"{record}{where}:");
                foreach (var reason in reasons) report.AppendLine(CultureInfo.InvariantCulture, $"  - {reason}");
            }
            report.AppendLine();
            report.AppendLine("The file's other records were handled (queued or held; see its report in processed/). To resubmit, correct the");
            report.AppendLine("records above in this copy and drop it into the intake folder again. The records already handled may stay in it:");
            report.AppendLine("the gateway knows them by their request id and does not send them a second time.");
            return report.ToString();
        }

        private void Count(string? recordId, SourceLocation? location, IReadOnlyList<string> reasons) =>
            _rejected.Add(($"record {recordId ?? "(whole file)"}", location, reasons));

        private sealed record Line(string What, string Outcome, string? MessageId, string? HeldRequestId);
    }
}
