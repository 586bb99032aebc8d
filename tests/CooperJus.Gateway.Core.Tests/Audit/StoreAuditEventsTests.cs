using System.Text;
using CooperJus.Gateway.Core.Audit;
using CooperJus.Gateway.Core.Storage;
using CooperJus.Gateway.Core.Tests.Storage;
using CooperJus.Gateway.Core.Tests.Support;
using CooperJus.Gateway.Core.Translation;
using CooperJus.Gateway.Sdk;
using CooperJus.Gateway.Sdk.Adapters;
using CooperJus.Gateway.Sdk.Diagnostics;

namespace CooperJus.Gateway.Core.Tests.Audit;

/// <summary>
/// Every step the store takes is in the audit log, in the same transaction, with the exact bytes an auditor needs:
/// the record as exported, the canonical document, the sealed envelope, each attempt, the partner's receipt.
/// </summary>
public sealed class StoreAuditEventsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task An_accepted_intake_records_the_file_the_record_its_translation_and_the_sealed_message_in_order()
    {
        await using var audit = await AuditHarness.CreateAsync();
        var message = TranslatedMessage("m1");
        await audit.Store.Store.RecordIntakeAsync(StoreHarness.File("a;b;c\n") with { Audit = [RejectedRecordEntry()] }, [message], None);

        var events = audit.Log.ReadRows(1, null, None).Select(r => AuditHeader.Parse(r.Header, false)).ToList();

        Assert.That(events.Select(e => e.Kind), Is.EqualTo(new[]
        {
            AuditEventKinds.FileClaimed, AuditEventKinds.RecordRejected, AuditEventKinds.RecordParsed, AuditEventKinds.RequestTranslated,
            AuditEventKinds.LineageRecorded, AuditEventKinds.RequestValidated, AuditEventKinds.MessageSealed,
        }));
        Assert.Multiple(async () =>
        {
            Assert.That(events[0].Fact("name"), Is.EqualTo("export.csv"));
            Assert.That(events[0].Fact("outcome"), Is.EqualTo("accepted"));
            Assert.That(events[^1].MessageId, Is.EqualTo("m1"));
            Assert.That(await audit.Log.GetBodyAsync(events[^1].Sequence, None), Is.EqualTo(message.SignedEnvelope.ToArray()), "the exact signed bytes");
            Assert.That(Encoding.UTF8.GetString((await audit.Log.GetBodyAsync(events[2].Sequence, None))!), Is.EqualTo("SGF-2024-000123;QUISPE MAMANI, Juan Carlos;DNI 10117410-2"));
        });
    }

    [Test]
    public async Task A_request_exported_again_keeps_what_the_new_export_said_and_that_nothing_was_sent_again()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.Store.Store.RecordIntakeAsync(StoreHarness.File("first"), [TranslatedMessage("m1")], None);
        await audit.Store.Store.RecordIntakeAsync(StoreHarness.File("second, corrected"), [TranslatedMessage("m1")], None);

        var kinds = audit.Log.ReadRows(1, null, None).Select(r => AuditHeader.Parse(r.Header, false).Kind).ToList();

        Assert.That(kinds.Skip(6), Is.EqualTo(new[]
        {
            AuditEventKinds.FileClaimed, AuditEventKinds.RecordParsed, AuditEventKinds.RequestTranslated, AuditEventKinds.LineageRecorded,
            AuditEventKinds.RequestValidated, AuditEventKinds.MessageAlreadyQueued,
        }));
    }

    [Test]
    public async Task A_rejected_record_is_found_by_its_case_reference_although_it_was_never_sent()
    {
        await using var audit = await AuditHarness.CreateAsync();
        var request = SomeRequests.Full();
        var outcome = new TranslationOutcome
        {
            Record = new RecordResult { RecordId = "SGF-9", Request = request, OriginalText = "SGF-9;...", Location = new SourceLocation { File = "export.csv", Row = 9 } },
            Problems = [],
            CanonicalJson = null,
        };
        await audit.Store.Store.RecordFailedIntakeAsync(StoreHarness.File("x") with { Audit = TranslationEvidence.Rejected(outcome, "export.csv", ["no partner gateway serves the requested country ES"]) }, "report", None);

        var resolved = await audit.Log.ResolveAsync(request.IssuingAuthority.CaseReference, None);
        var events = await audit.Log.GetEventsAsync(resolved.Single(), null, None);

        Assert.That(resolved, Is.EqualTo(new[] { request.RequestId }));
        Assert.That(events.Select(e => e.Kind), Is.EqualTo(new[] { AuditEventKinds.FileClaimed, AuditEventKinds.RecordParsed, AuditEventKinds.RecordRejected }));
    }

    [Test]
    public async Task Hashed_headers_hold_no_personal_data()
    {
        await using var audit = await AuditHarness.CreateAsync();
        await audit.Store.Store.RecordIntakeAsync(StoreHarness.File("x"), [TranslatedMessage("m1")], None);

        var headers = string.Concat(audit.Log.ReadRows(1, null, None).Select(r => Encoding.UTF8.GetString(r.Header)));

        Assert.That(headers, Does.Not.Contain("QUISPE").And.Not.Contain("10117410").And.Not.Contain("Juan"));
    }

    [Test]
    public async Task A_delivery_records_each_attempt_and_the_partners_signed_receipt()
    {
        await using var audit = await AuditHarness.CreateAsync();
        var store = audit.Store.Store;
        await store.EnqueueAsync([StoreHarness.Message("m1", requestId: "r1")], None);
        var lease = (await store.LeaseDueAsync("es", "d", 1, None))[0].Lease;
        await store.ScheduleRetryAsync(lease, StoreHarness.Attempt(AttemptOutcome.HttpError, 503, "partner down"), StoreHarness.Start.AddMinutes(1), None);
        audit.Store.Clock.Advance(TimeSpan.FromMinutes(2));
        lease = (await store.LeaseDueAsync("es", "d", 1, None))[0].Lease;
        await store.MarkDeliveredAsync(lease, StoreHarness.Attempt(AttemptOutcome.Accepted, 202), StoreHarness.Bytes("receipt-jws"), None);

        var events = await audit.Log.GetEventsAsync("r1", null, None);

        Assert.That(events.Select(e => e.Kind), Is.EqualTo(new[]
        {
            AuditEventKinds.MessageSealed, AuditEventKinds.DeliveryAttempted, AuditEventKinds.DeliveryAttempted, AuditEventKinds.ReceiptReceived,
        }));
        Assert.Multiple(async () =>
        {
            Assert.That((events[1].Fact("attempt"), events[1].Fact("outcome"), events[1].Fact("httpStatus")), Is.EqualTo(("1", "http-error", "503")));
            Assert.That(events[1].Fact("nextAttemptAt"), Is.Not.Null);
            Assert.That(Encoding.UTF8.GetString((await audit.Log.GetBodyAsync(events[1].Sequence, None))!), Is.EqualTo("partner down"));
            Assert.That(events[2].Fact("attempt"), Is.EqualTo("2"));
            Assert.That(await audit.Log.GetBodyAsync(events[3].Sequence, None), Is.EqualTo(StoreHarness.Bytes("receipt-jws")));
        });
    }

    [Test]
    public async Task Operator_actions_done_or_refused_are_recorded_with_the_operators_name()
    {
        await using var audit = await AuditHarness.CreateAsync();
        var store = audit.Store.Store;
        await store.EnqueueAsync([StoreHarness.Message("m1", requestId: "r1")], None);
        var lease = (await store.LeaseDueAsync("es", "d", 1, None))[0].Lease;
        await store.DeadLetterAsync(lease, null, "refused for good", None);
        await store.ReplayDeadLetterAsync("m1", "ana.operator", None);
        await store.ReplayDeadLetterAsync("m1", "ana.operator", None);

        var events = await audit.Log.GetEventsAsync(null, "m1", None);

        Assert.That(events.TakeLast(2).Select(e => (e.Kind, e.Actor, e.Fact("stateBefore"), e.Fact("outcome"))), Is.EqualTo(new[]
        {
            (AuditEventKinds.OperatorReplay, "ana.operator", "dead-lettered", "done"),
            (AuditEventKinds.OperatorReplay, "ana.operator", "queued", "refused"),
        }));
    }

    [Test]
    public async Task Inbound_messages_their_receipts_rejections_and_exports_are_recorded()
    {
        await using var audit = await AuditHarness.CreateAsync();
        var store = audit.Store.Store;
        await store.StoreInboundAsync(StoreHarness.Inbound("in1"), StoreHarness.Bytes("our-receipt"), None);
        await store.StoreInboundAsync(StoreHarness.Inbound("in1"), StoreHarness.Bytes("our-receipt"), None);
        await store.MarkExportedAsync("in1", "/export/in1.xml", "ab12", None);
        await store.StoreRejectedInboundAsync(new RejectedInbound("envelope.signature: does not verify", StoreHarness.Bytes("forged"), "es", "bad1", StoreHarness.Bytes("rejection")), None);

        var kinds = audit.Log.ReadRows(1, null, None).Select(r => AuditHeader.Parse(r.Header, false)).Select(e => (e.Kind, e.Fact("duplicate") ?? e.Fact("rules") ?? e.Fact("file"))).ToList();

        Assert.That(kinds, Is.EqualTo(new (string, string?)[]
        {
            (AuditEventKinds.InboundReceived, null), (AuditEventKinds.ReceiptSent, null), (AuditEventKinds.InboundReceived, "true"),
            (AuditEventKinds.NationalOutputWritten, "in1.xml"), (AuditEventKinds.InboundRejected, "envelope.signature"), (AuditEventKinds.ReceiptSent, null),
        }));
    }

    [Test]
    public async Task The_evidence_of_a_body_kept_in_part_names_the_whole_and_where_it_came_from()
    {
        await using var audit = await AuditHarness.CreateAsync();
        var head = StoreHarness.Bytes("eyJhbGciOiJFUzI1NiJ9.junk");
        await audit.Store.Store.StoreRejectedInboundAsync(new RejectedInbound("envelope.unknown-key: no such key", head, Receipt: StoreHarness.Bytes("rejection"))
        {
            Size = 133_120,
            Sha256 = new string('a', 64),
            ClientAddress = "203.0.113.7",
        }, None);

        var rejected = audit.Log.ReadRows(1, null, None).Select(r => AuditHeader.Parse(r.Header, false)).Single(e => e.Kind == AuditEventKinds.InboundRejected);

        Assert.Multiple(() =>
        {
            Assert.That(new[] { "size", "sha256", "kept", "client" }.Select(rejected.Fact), Is.EqualTo(new[] { "133120", new string('a', 64), head.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), "203.0.113.7" }));
            Assert.That(rejected.Body?.Size, Is.EqualTo(head.Length), "the body is the part kept");
        });
    }

    [Test]
    public async Task A_configuration_is_recorded_with_its_secrets_masked()
    {
        var entry = ConfigurationRecord.Entry([KeyValuePair.Create("Gateway:ApiKey", (string?)"s3cret"), KeyValuePair.Create("Store:Path", (string?)"data/g.db")]);

        var text = Encoding.UTF8.GetString(entry.Body.Span);

        Assert.That(text, Is.EqualTo("Gateway:ApiKey=***\nStore:Path=data/g.db\n"));
        Assert.That(ConfigurationRecord.IsSame(null, entry), Is.False);
    }

    internal static OutgoingMessage TranslatedMessage(string messageId)
    {
        var request = SomeRequests.Full();
        var outcome = new TranslationOutcome
        {
            Record = new RecordResult
            {
                RecordId = SomeRequests.NationalRequestNumber,
                Request = request,
                OriginalText = "SGF-2024-000123;QUISPE MAMANI, Juan Carlos;DNI 10117410-2",
                Location = new SourceLocation { File = "export.csv", Row = 2, Line = 2 },
            },
            Problems = [],
            CanonicalJson = CanonicalJson.Serialize(request),
        };
        var tracked = new TrackedRequest(request.RequestId, RequestDirection.Outgoing, request.IssuingAuthority.CaseReference, "es",
            request.RequestedAuthority.Country, request.Urgency.ExecuteBy(), request.CreatedAt, RequestStatus.Submitted);
        return new OutgoingMessage(messageId, "es", "cooperation-request", request.RequestId, StoreHarness.Bytes("jws-" + messageId), tracked,
            TranslationEvidence.Accepted(outcome, "export.csv", messageId, "es", TestSearchTerms.Fixed));
    }

    private static AuditEntry RejectedRecordEntry() => new(AuditEventKinds.RecordRejected)
    {
        Facts = [KeyValuePair.Create("record", "SGF-2024-000124")],
        Body = StoreHarness.Bytes("date.invalid: 31/02/2024"),
        BodyMediaType = "text/plain",
    };
}
