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
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Model;

namespace CooperJus.Gateway.Core.Outbound;

/// <summary>
/// Turns a claimed national export into queued, signed messages: translate with the national adapter, route each
/// accepted request to the partner serving its requested country, seal it, and record the file and all its messages
/// in one store transaction. A canonical response (a file named <c>*.response.json</c>) is validated and queued to
/// the partner that sent the request. Idempotent: the same content is recognised by its SHA-256, the same request by
/// its message id, so a crash at any point and a re-drop never send anything twice.
/// </summary>
public sealed class OutboundSubmitter : IIntakeHandler
{
    /// <summary>Suffix of files that hold a canonical cooperation-response rather than a national export.</summary>
    public const string ResponseSuffix = ".response.json";

    private readonly ICountryAdapter _adapter;
    private readonly Translator _translator;
    private readonly ResponseValidator _responses;
    private readonly EnvelopeSigner _signer;
    private readonly PartnerDirectory _partners;
    private readonly IGatewayStore _store;
    private readonly TimeProvider _clock;
    private readonly PersonSearchTerms _searchTerms;

    /// <summary>Where records by outcome and validation rejections by rule are counted; null: nowhere.</summary>
    public GatewayMetrics? Metrics { get; init; }

    /// <summary>Raised after messages were queued, so the dispatcher can start at once.</summary>
    public event Action? Queued;

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
            return new IntakeVerdict(true, $"{file.OriginalName}: the same content was received on {earlier.RecordedAt:u} as {earlier.Name}; nothing was sent again.\n");
        }
        var batch = file.OriginalName.EndsWith(ResponseSuffix, StringComparison.OrdinalIgnoreCase)
            ? await PrepareResponseAsync(file, cancellationToken).ConfigureAwait(false)
            : PrepareRequests(file);
        Metrics?.IntakeRecords("queued", batch.Messages.Count);
        Metrics?.IntakeRecords("rejected", batch.Rejected);
        var intake = new IntakeFile(file.OriginalName, file.Size, sha256, batch.Report.ToString(), batch.FileAudit);
        if (batch.Messages.Count == 0 && batch.Rejected > 0)
        {
            await _store.RecordFailedIntakeAsync(intake, batch.Report.ToString(), cancellationToken).ConfigureAwait(false);
            return new IntakeVerdict(false, batch.Report.ToString());
        }
        // This office's own record of the request follows its answer, so its request list shows what it still owes and
        // what is overdue. Before recording: a crash in between leaves the file claimed, and it is handled again.
        if (batch.Response is { } answer)
            await _store.ApplyResponseAsync(answer.InResponseTo, answer.Status, answer.CreatedAt, cancellationToken).ConfigureAwait(false);
        var result = await _store.RecordIntakeAsync(intake, batch.Messages, cancellationToken).ConfigureAwait(false);
        System.Diagnostics.Activity.Current?.AddEvent(new System.Diagnostics.ActivityEvent("queued",
            tags: new System.Diagnostics.ActivityTagsCollection { ["cooperjus.messages"] = result.IsDuplicate ? 0 : batch.Messages.Count }));
        if (batch.Messages.Count > 0) Queued?.Invoke();
        if (result.IsDuplicate) batch.Report.AppendLine("The same content had already been received: nothing was sent again.");
        return new IntakeVerdict(batch.Rejected == 0, batch.Report.ToString());
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
                batch.Reject(outcome, file.OriginalName, [$"no partner gateway serves the requested country {request.RequestedAuthority.Country}: add it to the partner directory."]);
                continue;
            }
            var message = SealRequest(request, partner);
            batch.Add(message with { Evidence = TranslationEvidence.Accepted(outcome, file.OriginalName, message.MessageId, partner.Id, _searchTerms) },
                $"request {outcome.Record.RecordId} ({request.RequestId}) queued for {partner.Id}");
        }
        return batch;
    }

    private OutgoingMessage SealRequest(CooperationRequest request, Partner partner)
    {
        // The message made here carries this span's traceparent (OutgoingMessage.TraceParent): its delivery joins the trace.
        using var activity = GatewayTelemetry.Source.StartActivity(GatewayTelemetry.SealRequest);
        var messageId = MessageIds.ForRequest(request.RequestId, partner.Id);
        activity?.SetTag("cooperjus.message.id", messageId);
        activity?.SetTag("cooperjus.partner", partner.Id);
        var signed = _signer.Sign(new Envelope
        {
            MessageId = messageId,
            Type = MessageType.CooperationRequest,
            From = _signer.GatewayId,
            To = partner.Id,
            CreatedAt = _clock.GetUtcNow(),
            Payload = JsonSerializer.SerializeToElement(request, CanonicalJson.CompactOptions),
        });
        var tracked = new TrackedRequest(request.RequestId, RequestDirection.Outgoing, request.IssuingAuthority.CaseReference, partner.Id,
            request.RequestedAuthority.Country, request.Urgency.RespondBy, request.CreatedAt, RequestStatus.Submitted);
        return new OutgoingMessage(messageId, partner.Id, "cooperation-request", request.RequestId, signed.Body, tracked);
    }

    private async Task<Batch> PrepareResponseAsync(ClaimedFile file, CancellationToken cancellationToken)
    {
        var batch = new Batch();
        var json = await File.ReadAllTextAsync(file.ClaimedPath, cancellationToken).ConfigureAwait(false);
        var problems = _responses.Validate(json);
        if (problems.Count > 0)
        {
            batch.RejectFile(file.OriginalName, problems);
            return batch;
        }
        var response = CanonicalJson.DeserializeResponse(json);
        var request = await _store.GetRequestAsync(response.InResponseTo, cancellationToken).ConfigureAwait(false);
        if (request is null || request.Request.Direction != RequestDirection.Incoming)
        {
            batch.RejectFile(file.OriginalName, [$"inResponseTo {response.InResponseTo} is not a request this gateway received."]);
            return batch;
        }
        var messageId = MessageIds.ForResponse(response.ResponseId);
        var signed = _signer.Sign(new Envelope
        {
            MessageId = messageId,
            Type = MessageType.CooperationResponse,
            From = _signer.GatewayId,
            To = request.Request.PartnerId,
            CreatedAt = _clock.GetUtcNow(),
            Payload = JsonSerializer.SerializeToElement(response, CanonicalJson.CompactOptions),
        });
        batch.Response = response;
        batch.Add(new OutgoingMessage(messageId, request.Request.PartnerId, "cooperation-response", response.InResponseTo, signed.Body),
            $"response {response.ResponseId} ({CanonicalCodes.ToCode(response.Status)}) queued for {request.Request.PartnerId}");
        return batch;
    }

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
        public List<OutgoingMessage> Messages { get; } = [];

        /// <summary>Audit events of the records the file could not send, recorded with the file.</summary>
        public List<AuditEntry> FileAudit { get; } = [];

        public StringBuilder Report { get; } = new();

        public int Rejected { get; private set; }

        /// <summary>The response this file carries, once it is ready to send; null for a national export.</summary>
        public CooperationResponse? Response { get; set; }

        public void Add(OutgoingMessage message, string line)
        {
            Messages.Add(message);
            Report.AppendLine(line);
        }

        public void Reject(TranslationOutcome outcome, string sourceFile, IReadOnlyList<string> reasons)
        {
            FileAudit.AddRange(TranslationEvidence.Rejected(outcome, sourceFile, reasons));
            Count(outcome.Record.RecordId, reasons);
        }

        public void RejectFile(string sourceFile, IReadOnlyList<string> reasons)
        {
            FileAudit.Add(new AuditEntry(AuditEventKinds.RecordRejected)
            {
                Facts = [KeyValuePair.Create("file", sourceFile)],
                Body = Encoding.UTF8.GetBytes(string.Join('\n', reasons)),
                BodyMediaType = "text/plain; charset=utf-8",
            });
            Count(null, reasons);
        }

        private void Count(string? recordId, IReadOnlyList<string> reasons)
        {
            Rejected++;
            Report.AppendLine($"record {recordId ?? "(whole file)"} NOT sent:");
            foreach (var reason in reasons) Report.AppendLine($"  - {reason}");
        }
    }
}
