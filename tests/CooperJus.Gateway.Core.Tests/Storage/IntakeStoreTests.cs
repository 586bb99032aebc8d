using CooperJus.Gateway.Core.Storage;

namespace CooperJus.Gateway.Core.Tests.Storage;

/// <summary>Recording claimed intake files: one transaction with their messages, duplicates by content.</summary>
public sealed class IntakeStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task Records_an_accepted_file_and_queues_its_messages_and_requests_together()
    {
        await using var harness = await StoreHarness.CreateAsync();
        var file = StoreHarness.File("row 1\nrow 2\n") with { Report = "1 record rejected: row 3 (date.invalid)" };

        var result = await harness.Store.RecordIntakeAsync(file, [StoreHarness.Message("m1", request: StoreHarness.Request("r1")), StoreHarness.Message("m2")], None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsDuplicate, Is.False);
            Assert.That(result.Intake, Is.EqualTo(new IntakeRecord(result.Intake.Id, "export.csv", file.Size, file.Sha256, IntakeOutcome.Accepted,
                StoreHarness.Start, 2, "1 record rejected: row 3 (date.invalid)")));
            Assert.That((await harness.Store.GetOutboxMessageAsync("m1", None))!.IntakeFileName, Is.EqualTo("export.csv"));
            Assert.That((await harness.Store.ListOutboxAsync(new OutboxQuery(OutboxState.Queued), None)).Select(e => e.MessageId), Is.EqualTo(new[] { "m1", "m2" }));
            Assert.That((await harness.Store.GetRequestAsync("r1", None))!.Status, Is.EqualTo(RequestStatus.Submitted));
        }
    }

    [Test]
    public async Task The_same_content_dropped_twice_is_a_duplicate_that_enqueues_nothing()
    {
        await using var harness = await StoreHarness.CreateAsync();
        var first = await harness.Store.RecordIntakeAsync(StoreHarness.File("same rows"), [StoreHarness.Message("m1")], None);
        harness.Clock.Advance(TimeSpan.FromHours(1));

        // A second drop is translated and signed anew, so its message ids differ: only the content tells.
        var second = await harness.Store.RecordIntakeAsync(StoreHarness.File("same rows", "export (copy).csv"), [StoreHarness.Message("m1-again")], None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.IsDuplicate, Is.True);
            Assert.That(second.Intake, Is.EqualTo(first.Intake), "the original record, naming the first drop");
            Assert.That(await harness.Store.GetOutboxMessageAsync("m1-again", None), Is.Null);
            Assert.That(RawDatabase.Count(harness.Options.Path, "intake_files"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Finds_an_accepted_file_by_its_content_before_it_is_translated()
    {
        await using var harness = await StoreHarness.CreateAsync();
        var file = StoreHarness.File("content");
        Assert.That(await harness.Store.FindAcceptedIntakeAsync(file.Sha256, None), Is.Null);

        var recorded = await harness.Store.RecordIntakeAsync(file, [], None);

        Assert.That(await harness.Store.FindAcceptedIntakeAsync(file.Sha256, None), Is.EqualTo(recorded.Intake));
    }

    [Test]
    public async Task A_failed_file_is_kept_with_its_report_and_does_not_block_the_same_content_later()
    {
        await using var harness = await StoreHarness.CreateAsync();
        var file = StoreHarness.File("broken export");

        var failed = await harness.Store.RecordFailedIntakeAsync(file, "export.csv: missing column 'Delito' (required)", None);
        var again = await harness.Store.RecordFailedIntakeAsync(file, "still broken", None);
        var fixedLater = await harness.Store.RecordIntakeAsync(file, [StoreHarness.Message("m1")], None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failed.Outcome, Is.EqualTo(IntakeOutcome.Failed));
            Assert.That(failed.Report, Is.EqualTo("export.csv: missing column 'Delito' (required)"));
            Assert.That(failed.MessageCount, Is.Zero);
            Assert.That(again.Id, Is.GreaterThan(failed.Id));
            Assert.That(await harness.Store.FindAcceptedIntakeAsync(file.Sha256, None), Is.EqualTo(fixedLater.Intake));
            Assert.That(fixedLater.IsDuplicate, Is.False);
        }
    }

    [Test]
    public async Task An_intake_that_fails_half_way_stores_neither_the_file_nor_any_message()
    {
        await using var harness = await StoreHarness.CreateAsync();
        FaultInjection.FailInsertOf(harness.Options.Path, "m2");
        var file = StoreHarness.File("rows");

        Assert.That(() => harness.Store.RecordIntakeAsync(file, [StoreHarness.Message("m1", request: StoreHarness.Request("r1")), StoreHarness.Message("m2")], None),
            Throws.InstanceOf<Microsoft.Data.Sqlite.SqliteException>().With.Message.Contains(FaultInjection.Message));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await harness.Store.FindAcceptedIntakeAsync(file.Sha256, None), Is.Null);
            Assert.That(RawDatabase.Count(harness.Options.Path, "outbox"), Is.Zero);
            Assert.That(RawDatabase.Count(harness.Options.Path, "requests"), Is.Zero);
        }
    }

    [Test]
    public async Task Refuses_a_request_with_an_undefined_status_before_touching_the_database()
    {
        await using var harness = await StoreHarness.CreateAsync();
        var broken = StoreHarness.Request("r2") with { Status = (RequestStatus)99 };

        Assert.That(() => harness.Store.RecordIntakeAsync(StoreHarness.File("rows"), [StoreHarness.Message("m2", request: broken)], None),
            Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public async Task Messages_already_queued_by_an_earlier_partial_run_are_not_counted_twice()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.Store.EnqueueAsync([StoreHarness.Message("m1")], None);

        var result = await harness.Store.RecordIntakeAsync(StoreHarness.File("rows"), [StoreHarness.Message("m1"), StoreHarness.Message("m2")], None);

        Assert.That(result.Intake.MessageCount, Is.EqualTo(1));
    }

    [TestCase("ABCDEF")]
    [TestCase("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")]
    public async Task Refuses_a_hash_that_is_not_64_lowercase_hex_digits(string sha256)
    {
        await using var harness = await StoreHarness.CreateAsync();
        Assert.That(() => harness.Store.RecordIntakeAsync(new IntakeFile("x.csv", 1, sha256), [], None), Throws.ArgumentException);
    }
}
